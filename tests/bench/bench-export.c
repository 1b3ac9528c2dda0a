/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How fast a briefing becomes a PDF, and how big the file is: a briefing of about ten pages and a
 * long one of about a thousand, both from the sample bundle grown by copying it year after year
 * (see pdf-test-utils.c). Each is written several times; the median run is reported against the
 * targets: ten pages under 100 ms, at least 300 pages a second, at most 4 KB a page. The time is
 * that of briefing_pdf_write() alone — layout, drawing and the file — not of composing.
 *
 *   meson compile -C build bench-export
 *   build/tests/bench/bench-export [COPIES_SHORT COPIES_LONG] */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdf-test-utils.h"

#define SHORT_RUNS 9
#define LONG_RUNS  3

typedef struct
{
  guint  pages;
  double seconds;     /* median */
  gsize  bytes;
  guint  links;       /* link annotations */
  gsize  link_bytes;  /* what they take in the file */
} Result;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static guint
count_pages (BriefingComposition *composition)
{
  cairo_surface_t *surface;
  BriefingPageLayout *layout;
  PangoContext *context;
  cairo_t *cr;
  double width, height;
  guint pages;

  briefing_paper_get_size (BRIEFING_PAPER_A4, &width, &height);
  surface = cairo_pdf_surface_create (NULL, width, height);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  layout = briefing_page_layout_new (composition, context, width, height);
  pages = briefing_page_layout_get_n_pages (layout);
  briefing_page_layout_free (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}

/* The link annotations of the PDF at @path: cairo writes each as an object of its own. */
static void
count_links (const char *path,
             Result     *result)
{
  g_autofree char *data = NULL;
  const char *p, *end;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  end = data + length;
  for (p = data; (p = memmem (p, end - p, "/Subtype /Link", 14)) != NULL; p += 14)
    {
      const char *start = p, *stop = memmem (p, end - p, "endobj", 6);

      while (start > data && memcmp (start, " 0 obj", 6) != 0)
        start--;

      result->links++;
      if (stop != NULL)
        result->link_bytes += stop - start + 6 + 20;  /* and its line in the cross-reference table */
    }
}

static Result
measure (guint        copies,
         guint        runs,
         const char  *path)
{
  g_autoptr(BriefingBundle) bundle = scaled_sample (copies);
  g_autoptr(BriefingComposition) composition = compose_scaled (bundle, copies);
  g_autofree double *times = g_new (double, runs);
  Result result = { 0 };

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      write_pdf (composition, BRIEFING_PAPER_A4, path);
      times[i] = (g_get_monotonic_time () - start) / 1e6;
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  result.seconds = times[runs / 2];
  result.bytes = file_size (path);
  result.pages = count_pages (composition);
  count_links (path, &result);
  g_unlink (path);
  return result;
}

static gboolean
report (const char *name,
        Result      r,
        double      max_ms,
        double      min_pages_per_second,
        double      max_kb_per_page)
{
  double pages_per_second = r.pages / r.seconds, kb_per_page = r.bytes / 1024.0 / r.pages;
  double link_kb_per_page = r.link_bytes / 1024.0 / r.pages;
  gboolean ok = TRUE;

  /* The size target is for text; the link annotations to sources come on top, at some 260 bytes
   * each as cairo 1.16 writes them, and are told apart. */
  printf ("%-6s %4u pages %8.1f ms %5.0f pages/s %8.1f KB %5.2f KB/page (links: %.1f a page, "
          "%.2f KB/page; without them %.2f KB/page)",
          name, r.pages, r.seconds * 1000, pages_per_second, r.bytes / 1024.0, kb_per_page,
          (double) r.links / r.pages, link_kb_per_page, kb_per_page - link_kb_per_page);
  if (max_ms > 0)
    {
      printf ("  [< %.0f ms: %s]", max_ms, r.seconds * 1000 < max_ms ? "ok" : "MISSED");
      ok &= r.seconds * 1000 < max_ms;
    }
  if (min_pages_per_second > 0)
    {
      printf ("  [≥ %.0f pages/s: %s]", min_pages_per_second,
              pages_per_second >= min_pages_per_second ? "ok" : "MISSED");
      ok &= pages_per_second >= min_pages_per_second;
    }
  if (max_kb_per_page > 0)
    {
      printf ("  [≤ %.0f KB/page: %s]", max_kb_per_page,
              kb_per_page <= max_kb_per_page ? "ok" : "MISSED");
      ok &= kb_per_page <= max_kb_per_page;
    }
  printf ("\n");
  return ok;
}

int
main (int    argc,
      char **argv)
{
  guint short_copies = argc > 2 ? atoi (argv[1]) : 2;
  guint long_copies = argc > 2 ? atoi (argv[2]) : 440;
  g_autofree char *dir = g_dir_make_tmp ("bench-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bench.pdf", NULL);
  Result r;
  gboolean ok = TRUE;

  g_setenv ("TZ", "UTC", TRUE);

  r = measure (short_copies, SHORT_RUNS, path);
  /* A short briefing carries its fonts on few pages: only its time has a target. */
  ok &= report ("short", r, 100, 0, 0);

  r = measure (long_copies, LONG_RUNS, path);
  ok &= report ("long", r, 0, 300, 4);

  g_rmdir (dir);
  return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
