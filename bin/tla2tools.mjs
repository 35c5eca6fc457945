#!/usr/bin/env node
import { register } from "tsx/esm/api";
register();
await import("../src/tlc/tla2tools-main.ts");
