"use server";

import { runAction, textArg } from "@/lib/actions";
import {
  createNote,
  deleteNote,
  regenerateNote,
  restoreNotePart,
  saveNotePart,
  setActivityLeftOut,
  setNotePublic,
} from "@/lib/dal/notes/background-notes";

const BASE = "/reports/background-note";

export async function createNoteAction(values: unknown) {
  return runAction({ entityType: "note", entityId: "new", action: "create" }, (user) => createNote(user, values), BASE);
}

/**
 * Autosaved as the secretariat types: no revalidation here, which would redraw the page
 * under the open text box; the editor refreshes the page when it is closed.
 */
export async function saveNotePartAction(id: string, values: unknown) {
  return runAction({ entityType: "note", entityId: id, action: "edit_part" }, (user) =>
    saveNotePart(user, textArg(id), values),
  );
}

export async function restoreNotePartAction(id: string, values: unknown) {
  return runAction(
    { entityType: "note", entityId: id, action: "restore_part" },
    (user) => restoreNotePart(user, textArg(id), values),
    `${BASE}/${textArg(id)}`,
  );
}

export async function setLeftOutAction(id: string, activityId: string, leftOut: boolean) {
  return runAction(
    { entityType: "note", entityId: id, action: leftOut ? "leave_out" : "include" },
    (user) => setActivityLeftOut(user, textArg(id), textArg(activityId), Boolean(leftOut)),
    `${BASE}/${textArg(id)}`,
  );
}

export async function regenerateNoteAction(id: string) {
  return runAction(
    { entityType: "note", entityId: id, action: "regenerate" },
    (user) => regenerateNote(user, textArg(id)),
    `${BASE}/${textArg(id)}`,
  );
}

export async function deleteNoteAction(id: string) {
  return runAction(
    { entityType: "note", entityId: id, action: "delete" },
    (user) => deleteNote(user, textArg(id)),
    BASE,
  );
}

export async function setNotePublicAction(id: string, isPublic: boolean) {
  return runAction(
    { entityType: "note", entityId: id, action: isPublic ? "publish" : "unpublish" },
    (user) => setNotePublic(user, textArg(id), isPublic === true),
    `${BASE}/${textArg(id)}`,
  );
}
