// Import operations (issue: import everything an analyst has). Registered in ../operations.ts.
export const importOperations = {} as const;
