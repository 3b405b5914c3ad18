// A server action's request body as a browser sends it: either multipart form data, or
// (for actions called from code) text holding a JSON array of the arguments. Next answers
// anything else with a 500 and an error in the log; sent without a session, that is a lever
// to flood the log. The proxy checks the shape first and refuses the rest with a 400.

/** Whether the body of a server-action request has a shape Next can decode. */
export async function isWellFormedActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      await request.formData();
      return true;
    }
    if (type.startsWith("text/plain") || type === "") {
      return Array.isArray(JSON.parse(await request.text()));
    }
    return false;
  } catch {
    return false;
  }
}
