import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  activities,
  notifications,
  organisations,
  recoveryCodes,
  reportAttachments,
  reports,
  signInThrottles,
  users,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/auth/secret-box";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { createActivity } from "@/lib/dal/activities/edits";
import { transitionActivity, type StateAction } from "@/lib/dal/activities/transitions";
import { createNote } from "@/lib/dal/notes/background-notes";
import { renewCalendarFeed } from "@/lib/dal/activities/calendar";
import { submitReport, transitionReport } from "@/lib/dal/reports/completion-reports";
import type { SessionUser } from "@/lib/dal/accounts/session-user";
import { emailKey } from "@/lib/dal/accounts/sign-in-limits";
import { startSession, type ActiveSession } from "@/lib/dal/accounts/sessions";
import { inviteUser } from "@/lib/dal/accounts/users";
import { draftInput } from "@/tests/activity-input";
import { demoUser } from "@/tests/actors";
import { SAMPLE_FILES } from "@/tests/files";
import { reportInput } from "@/tests/report-input";

// Fresh targets for one cell of the matrix (or one fuzz run): an activity in each state of
// the workflow, a report, a note, an invited user... made through the data layer as the
// people who would make them, so each cell starts from what the app itself would store.

export const DEMO_PASSWORD = "asean-un-demo";

export const ACTORS = [
  "admin",
  "secretariat",
  "focal_point",
  "reviewer",
  "viewer",
  "other_focal_point",
  "signed_out",
] as const;
export type Actor = (typeof ACTORS)[number];
export type SignedIn = Exclude<Actor, "signed_out">;

/** Who plays each part: UNICEF leads the drafts below with AICHR; UNDP is not involved. */
const EMAILS: Record<SignedIn | "reviewer2", string> = {
  admin: "admin@demo.test",
  secretariat: "secretariat@demo.test",
  focal_point: "unicef@demo.test",
  reviewer: "reviewer@demo.test",
  viewer: "viewer@demo.test",
  other_focal_point: "undp@demo.test",
  reviewer2: "reviewer2@demo.test",
};

export interface World {
  db: Database;
  users: Record<SignedIn | "reviewer2", SessionUser>;
  sessions: Record<SignedIn, ActiveSession>;
}

/** The demo people, each with a real session row (account actions end the others). */
export async function loadWorld(db: Database): Promise<World> {
  const users = {} as World["users"];
  const sessions = {} as World["sessions"];
  for (const [part, email] of Object.entries(EMAILS) as Array<[SignedIn | "reviewer2", string]>) {
    users[part] = await demoUser(db, email);
    if (part !== "reviewer2") {
      sessions[part] = { sessionId: await startSession(users[part].id), user: users[part], mustEnrolMfa: false };
    }
  }
  return { db, users, sessions };
}

const unique = () => randomBytes(5).toString("hex");

export class Targets {
  constructor(private readonly world: World) {}

  private get db() {
    return this.world.db;
  }
  private get u() {
    return this.world.users;
  }

  async version(id: string): Promise<number> {
    const [row] = await this.db.select({ version: activities.version }).from(activities).where(eq(activities.id, id));
    return row!.version;
  }

  async organisationId(code: string): Promise<string> {
    const [row] = await this.db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.code, code));
    return row!.id;
  }

  private async move(user: SessionUser, id: string, action: StateAction, comment = "") {
    await transitionActivity(user, {
      activityId: id,
      action,
      expectedVersion: await this.version(id),
      input: { comment },
    });
  }

  /** A draft led by UNICEF with AICHR, ready to submit. */
  async draft(): Promise<{ id: string; version: number }> {
    const { id } = await createActivity(
      this.u.focal_point,
      await draftInput(this.db, { title: `Workshop ${unique()}` }),
    );
    return { id, version: 1 };
  }

  async submitted() {
    const { id } = await this.draft();
    await this.move(this.u.focal_point, id, "submit");
    return { id, version: await this.version(id) };
  }

  async scheduled() {
    const { id } = await this.submitted();
    await this.move(this.u.reviewer2, id, "approve");
    return { id, version: await this.version(id) };
  }

  async completed() {
    const { id } = await this.scheduled();
    await this.move(this.u.secretariat, id, "complete");
    return { id, version: await this.version(id) };
  }

  /** A completed activity with UNICEF's report submitted by its focal point, with one attachment. */
  async reportSubmitted(publish = false) {
    const { id } = await this.completed();
    const organisationId = this.u.focal_point.organisation!.id;
    const { reportId } = await submitReport(this.u.focal_point, id, 0, reportInput(organisationId), [
      { name: "agenda.pdf", bytes: SAMPLE_FILES.pdf, isPublic: publish },
    ]);
    const [attachment] = await this.db
      .select({ id: reportAttachments.id })
      .from(reportAttachments)
      .where(eq(reportAttachments.reportId, reportId));
    return { activityId: id, reportId, version: await this.reportVersion(reportId), attachmentId: attachment!.id };
  }

  async reportApproved(publish = false) {
    const report = await this.reportSubmitted(publish);
    await transitionReport(this.u.reviewer2, report.reportId, "approve_report", report.version, "");
    return { ...report, version: await this.reportVersion(report.reportId) };
  }

  async reportVersion(reportId: string): Promise<number> {
    const [row] = await this.db.select({ version: reports.version }).from(reports).where(eq(reports.id, reportId));
    return row!.version;
  }

  /** A note of a few months, so its Word and PDF files stay small. */
  async note(): Promise<string> {
    const { id } = await createNote(this.u.secretariat, {
      title: `Background note ${unique()}`,
      noteDate: "2019-06-30",
      periodFrom: "2019-01-01",
      periodTo: "2019-03-31",
      organisationCodes: [],
      themes: [],
      includeUndated: false,
    });
    return id;
  }

  /** A user invited by the admin, who has not chosen a password yet; with the link's token. */
  async invitedUser(): Promise<{ userId: string; token: string; email: string }> {
    const email = `invited-${unique()}@example.org`;
    const { userId, link } = await inviteUser(this.u.admin, {
      name: "Invited Person",
      email,
      role: "viewer",
      organisationId: "",
    });
    return { userId, token: link.split("/").pop()!, email };
  }

  /** A user whose sign-in a stranger's failures have paused. */
  async throttledUser(): Promise<string> {
    const { userId } = await this.invitedUser();
    const [user] = await this.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    const now = new Date();
    await this.db.insert(signInThrottles).values({
      key: emailKey(user!.email),
      failures: 0,
      windowStartedAt: now,
      throttledUntil: new Date(now.getTime() + 60_000),
      throttles: 1,
    });
    return userId;
  }

  /** An unread notification of the involved focal point. */
  async notification(): Promise<string> {
    const [row] = await this.db
      .insert(notifications)
      .values({ userId: this.u.focal_point.id, kind: "submitted", title: "A title", body: "A body", href: "/queue" })
      .returning({ id: notifications.id });
    return row!.id;
  }

  async feedToken(user: SessionUser): Promise<string> {
    return (await renewCalendarFeed(user)).token;
  }

  /** The account's password back to the demo one, and two-step verification off. */
  async resetAccount(user: SessionUser): Promise<void> {
    await this.db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD), mfaSecret: null, mfaEnabledAt: null, mfaLastStep: null })
      .where(eq(users.id, user.id));
    await this.db.delete(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
  }

  /** Enrolment started (a secret waiting for its first code), or finished; returns a current code. */
  async mfa(user: SessionUser, state: "pending" | "on"): Promise<string> {
    await this.resetAccount(user);
    const secret = newTotpSecret();
    await this.db
      .update(users)
      .set({ mfaSecret: seal(secret), mfaEnabledAt: state === "on" ? sql`now()` : null })
      .where(eq(users.id, user.id));
    return totpCode(secret, new Date());
  }
}

/** A password nobody has used: long, and not on the common list. */
export const freshPassword = () => `correct horse battery ${unique()}`;
