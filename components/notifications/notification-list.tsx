"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllReadAction, markReadAction } from "@/app/(app)/notifications/actions";
import { Button } from "@/components/ui/button";
import { LocalTime } from "@/components/ui/local-time";

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
              <Link
                href={item.href}
                onClick={() => void markReadAction(item.id)}
                className={`text-brand-700 hover:underline ${item.read ? "" : "font-semibold"}`}
              >
                {item.title}
              </Link>
              <p className="text-sm text-slate-700">{item.body}</p>
              <p className="text-xs text-slate-600">
                <LocalTime iso={item.createdAt} />
              </p>
            </div>
            {!item.read ? (
              <button
                type="button"
                onClick={async () => {
                  await markReadAction(item.id);
                  router.refresh();
                }}
                className="rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
              >
                Mark read<span className="sr-only">: {item.title}</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
