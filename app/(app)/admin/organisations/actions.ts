"use server";

import { runAction, textArg } from "@/lib/actions";
import {
  createOrganisation,
  setIatiIdentifier,
  setOrganisationRetired,
  updateOrganisation,
} from "@/lib/dal/admin/organisations";

const PAGE = "/admin/organisations";

export async function setIatiIdentifierAction(id: string, values: unknown) {
  return runAction(
    { entityType: "organisation", entityId: id, action: "set_iati_identifier" },
    (user) => setIatiIdentifier(user, textArg(id), values),
    PAGE,
  );
}

export async function createOrganisationAction(values: unknown) {
  return runAction(
    { entityType: "organisation", entityId: "new", action: "create" },
    (user) => createOrganisation(user, values),
    PAGE,
  );
}

export async function updateOrganisationAction(id: string, values: unknown) {
  return runAction(
    { entityType: "organisation", entityId: id, action: "edit" },
    (user) => updateOrganisation(user, textArg(id), values),
    PAGE,
  );
}

export async function setOrganisationRetiredAction(id: string, retired: boolean) {
  const action = retired === true ? "retire" : "reinstate";
  return runAction(
    { entityType: "organisation", entityId: id, action },
    (user) => setOrganisationRetired(user, textArg(id), retired === true),
    PAGE,
  );
}
