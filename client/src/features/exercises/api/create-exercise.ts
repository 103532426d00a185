import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ExerciseSchema, type CreateExerciseBody } from "@zeren/shared/contract";
import { api } from "@/lib/api-client";
import { exerciseKeys } from "./exercise-keys";

export function createExercise(body: CreateExerciseBody) {
  return api.post("/exercises", ExerciseSchema, { body });
}

export function useCreateExercise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExercise,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exerciseKeys.list() }),
  });
}
