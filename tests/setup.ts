import { beforeEach } from "vitest";
import { liftHashCeiling } from "./hash-ceiling";

// Before every test of every file: see tests/hash-ceiling.ts.
beforeEach(() => liftHashCeiling());
