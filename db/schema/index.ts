export * from "./enums";
export * from "./organisations";
export * from "./plan";
export * from "./activities";
export * from "./users";
export * from "./reports";
export * from "./audit";
export * from "./relations";
