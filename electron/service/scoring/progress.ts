// How scoring work reports progress: phase name, step done, steps total.
export type Progress = (phase: string, done: number, total: number | null) => void;
export const noProgress: Progress = () => undefined;
