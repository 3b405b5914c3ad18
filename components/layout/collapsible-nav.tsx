"use client";

import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";

/**
 * On a phone the navigation and the account fold behind a Menu button, so the header is one
 * line instead of a third of the screen; from the lg breakpoint they are always shown.
 * Moving to another page folds it again.
 */
export function CollapsibleNav({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen(!open)}
        className="order-2 inline-flex items-center gap-2 rounded-md border border-white/40 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 lg:hidden"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        Menu
      </button>
      <div
        id="site-menu"
        className={`${open ? "flex" : "hidden"} order-3 w-full flex-col gap-3 border-t border-white/20 pt-3 lg:order-none lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:items-center lg:gap-6 lg:border-0 lg:pt-0`}
      >
        {children}
      </div>
    </>
  );
}
