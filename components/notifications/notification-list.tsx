"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllReadAction, markReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";
import { NotificationLink } from "./notification-link";

export interface NotificationView {
  id: string;
  title: string;
  body: string;
  href: string;
  createdAt: string;
  read: boolean;
}

export function NotificationList({ items }: { items: NotificationView[] }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const unread = items.filter((i) => !i.read).length;
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <p className="text-sm text-slate-600">{unread === 0 ? "All read." : `${unread} unread.`}</p>
        {unread > 0 ? (
          <Button
            type="button"
            variant="secondary"
            pending={pending}
            pendingLabel="Marking…"
            onClick={async () => {
              setPending(true);
              await markAllReadAction();
              setPending(false);
              router.refresh();
            }}
          >
            Mark all read
          </Button>
        ) : null}
      </div>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
        {items.map((item) => (
          <li key={item.id} className={`flex items-start gap-3 px-4 py-3 ${item.read ? "" : "bg-brand-50"}`}>
            <div className="flex-1">
              <NotificationLink id={item.id} href={item.href} title={item.title} read={item.read} />
              <p className="text-sm text-slate-700">{item.body}</p>
              <p className="text-xs text-slate-600">
                <LocalTime iso={item.createdAt} />
              </p>
            </div>
            {!item.read ? (
              <button
                type="button"
                aria-label={`Mark read: ${item.title}`}
                onClick={async () => {
                  await markReadAction(item.id);
                  router.refresh();
                }}
                className="rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
              >
                Mark read
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
