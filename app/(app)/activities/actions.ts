"use server";

import { numberArg, runAction, textArg } from "@/lib/actions";
import { createActivity, updateActivity } from "@/lib/dal/activities/edits";
import { rescheduleActivity, transitionActivity, type StateAction } from "@/lib/dal/activities/transitions";
import { setIatiPublication } from "@/lib/dal/activities/iati-publication";
import { submitReport, transitionReport, type UploadedFile } from "@/lib/dal/reports/completion-reports";
import { InvalidInputError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/validation/report";
import type { ReportAction } from "@/lib/workflow/report";

// Thin: session, then one data-layer call (which validates and checks permissions), then
// revalidation. Record ids and versions come bound from the page, never from form fields.

export async function createActivityAction(values: unknown) {
  return runAction(
    { entityType: "activity", entityId: "new", action: "create" },
    (user) => createActivity(user, values),
    "/activities",
  );
}

export async function updateActivityAction(id: string, version: number, values: unknown) {
  return runAction(
    { entityType: "activity", entityId: id, action: "edit" },
    (user) => updateActivity(user, textArg(id), numberArg(version), values),
    activityPage(id),
  );
}

export async function transitionActivityAction(id: string, version: number, action: StateAction, input: unknown) {
  return runAction(
    { entityType: "activity", entityId: id, action: textArg(action) },
    (user) => transitionActivity(user, { activityId: textArg(id), action, expectedVersion: numberArg(version), input }),
    activityPage(id),
  );
}

export async function setIatiPublicationAction(id: string, values: unknown) {
  return runAction(
    { entityType: "activity", entityId: id, action: "set_iati_publication" },
    (user) => setIatiPublication(user, textArg(id), values),
    [activityPage(id), "/export/iati"],
  );
}

export async function rescheduleActivityAction(id: string, version: number, input: unknown) {
  return runAction(
    { entityType: "activity", entityId: id, action: "reschedule" },
    (user) => rescheduleActivity(user, textArg(id), numberArg(version), input),
    activityPage(id),
  );
}

/** The report arrives as form data: its values as JSON in "values", and the files. */
export async function submitReportAction(activityId: string, expectedVersion: number, form: FormData) {
  return runAction(
    { entityType: "activity", entityId: activityId, action: "submit_report" },
    async (user) => {
      // A hand-made request may send anything in the form's place.
      if (!(form instanceof FormData)) throw new InvalidInputError("Send the report form.");
      const values = parseJson(form.get("values"));
      const entries = form.getAll("attachments").filter((e): e is File => e instanceof File && e.size > 0);
      // Counted and sized before any is read into memory.
      const tooBig = entries.find((e) => e.size > MAX_ATTACHMENT_BYTES);
      if (entries.length > MAX_ATTACHMENTS || tooBig) {
        const message = tooBig ? `${tooBig.name} is larger than 10 MB.` : `At most ${MAX_ATTACHMENTS} files.`;
        throw new InvalidInputError(message, { attachments: message });
      }
      const isPublic = form.get("publish") === "1";
      const files: UploadedFile[] = [];
      for (const entry of entries) {
        files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()), isPublic });
      }
      return submitReport(user, textArg(activityId), numberArg(expectedVersion), values, files);
    },
    activityPage(activityId),
  );
}

export async function transitionReportAction(
  activityId: string,
  reportId: string,
  version: number,
  action: Exclude<ReportAction, "submit_report">,
  comment: string,
) {
  return runAction(
    { entityType: "report", entityId: reportId, action: textArg(action) },
    (user) => transitionReport(user, textArg(reportId), action, numberArg(version), textArg(comment)),
    activityPage(activityId),
  );
}

// A hand-made request may send any value as an id: read as text, so that naming the page to
// revalidate (or the subject to audit) never throws before the data layer answers.
const activityPage = (id: unknown) => `/activities/${textArg(id)}`;

function parseJson(raw: FormDataEntryValue | null): unknown {
  if (typeof raw !== "string") return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null; // the schema then says what is missing
  }
}
