// A skeleton while the page loads (why only here: components/ui/page-skeleton.tsx).
export { PageSkeleton as default } from "@/components/ui/page-skeleton";
