export * from "./model";
export * from "./errors";
export * from "./items";
export * from "./documents";
export * from "./summary";
export * from "./imports";
export * from "./auth";
