#!/usr/bin/env node
import { processIo } from '../core/command-io.js';
import { runCli } from './run.js';

// The only place that ends the process.
runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 3;
  },
);
