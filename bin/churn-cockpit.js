#!/usr/bin/env node
// Runs the TypeScript CLI straight from the source tree; tsx compiles on the fly.
import { register } from 'tsx/esm/api';

register();
await import('../electron/hosts/cli.ts');
