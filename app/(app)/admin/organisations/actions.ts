"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions";
import { setIatiIdentifier } from "@/lib/dal/organisations";

export async function setIatiIdentifierAction(id: string, values: unknown) {
  const result = await runAction({ entityType: "organisation", entityId: id, action: "set_iati_identifier" }, (user) =>
    setIatiIdentifier(user, String(id), values),
  );
  if (result.ok) revalidatePath("/admin/organisations");
  return result;
}
