import type { ItemType, Level } from "@zeren/shared/contract";

/**
 * The tier and type colours of styles/tokens.css, as values: SVG presentation attributes
 * (recharts' `fill`) do not resolve CSS custom properties.
 */
export const LEVEL_COLORS: Record<Level, string> = {
  committee: "#8c2f2b",
  grassroots: "#2d6a5a",
  member: "#3f4f8f",
};

export const TYPE_COLORS: Record<ItemType, string> = {
  reporting: "#1f5f99",
  staffing: "#c08a1e",
  publicity: "#6b3d8f",
  other: "#8a9099",
};

export const MODALITY_COLOR = "#474d55";
export const AXIS_COLOR = "#6b717a";
export const GRID_COLOR = "#ddd8cd";
