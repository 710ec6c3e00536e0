// Scoring operations (snapshots, health, models, CLV). Registered in ../operations.ts.
export const scoringOperations = {} as const;
