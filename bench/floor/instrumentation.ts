// F starts nothing: without this file Next would take the app's instrumentation.ts (start
// checks, migrations, the demo seed, the mail worker), none of which the list page needs.
export function register() {}
