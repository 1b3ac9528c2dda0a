/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The engine's side of opening a big bundle: how long the reader takes, what it leaves in memory,
 * how fast searches over it answer, and how fast a briefing of it becomes JSON. Prints one
 * "name value" line per figure (milliseconds, MB or MB/s) for tests/bench/run.py, which compares
 * them with the targets.
 *
 *   bench-bundle open FILE RUNS      reader load in-process; memchr scan, strict check, json-glib parse
 *                                    and Briefing's tree builder alone
 *   bench-bundle memory FILE         peak and steady RSS after one load (a fresh process each)
 *   bench-bundle search FILE         index build and query latency
 *   bench-bundle json-export FILE    JSON briefing export throughput */
#include "config.h"

#include <json-glib/json-glib.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "briefing-core.h"
#include "briefing-export.h"
#include "briefing-json-scan.h"
#include "briefing-json-tree.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* A line of /proc/self/status, in MB. */
static double
status_mb (const char *key)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, key)) == NULL)
    return -1;
  return g_ascii_strtod (line + strlen (key) + 1, NULL) / 1024.0;
}

static BriefingBundle *
load (const char *path)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);

  if (bundle == NULL)
    g_error ("%s: %s", path, error->message);
  return bundle;
}

static void
bench_open (const char *path,
            guint       runs)
{
  g_autofree double *load_ms = g_new (double, runs);
  g_autofree double *scan_ms = g_new (double, runs);
  g_autofree double *check_ms = g_new (double, runs);
  g_autofree double *parse_ms = g_new (double, runs);
  g_autofree double *tree_ms = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      double start = now_ms ();
      g_autoptr(BriefingBundle) bundle = load (path);

      load_ms[i] = now_ms () - start;
      g_assert_nonnull (bundle);
    }

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GMappedFile) mapped = NULL;
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(JsonNode) tree = NULL;
      g_autoptr(GError) error = NULL;
      const char *data, *p, *end;
      gsize length, quotes = 0;
      double start;

      /* The physical floor: bring the file in and look at every byte once. */
      start = now_ms ();
      mapped = g_mapped_file_new (path, FALSE, &error);
      g_assert_no_error (error);
      data = g_mapped_file_get_contents (mapped);
      length = g_mapped_file_get_length (mapped);
      for (p = data, end = data + length; (p = memchr (p, '"', end - p)) != NULL; p++)
        quotes++;
      scan_ms[i] = now_ms () - start;
      g_assert_cmpuint (quotes, >, 0);

      start = now_ms ();
      g_assert_null (briefing_json_check (data, length, BRIEFING_JSON_MAX_DEPTH));
      check_ms[i] = now_ms () - start;

      start = now_ms ();
      g_assert_true (json_parser_load_from_data (parser, data, length, &error));
      parse_ms[i] = now_ms () - start;

      /* The same tree, made by Briefing's builder after the check (what the reader does). */
      start = now_ms ();
      tree = briefing_json_tree_build (data, length);
      tree_ms[i] = now_ms () - start;
      g_assert_nonnull (tree);
      g_assert_true (json_node_equal (tree, json_parser_get_root (parser)));
    }

  printf ("load %.2f\n", median (load_ms, runs));
  printf ("memchr %.2f\n", median (scan_ms, runs));
  printf ("check %.2f\n", median (check_ms, runs));
  printf ("json-glib %.2f\n", median (parse_ms, runs));
  printf ("tree %.2f\n", median (tree_ms, runs));
}

static void
bench_memory (const char *path)
{
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingSearchIndex) index = NULL;
  double start;

  printf ("baseline %.1f\n", status_mb ("VmRSS:"));
  bundle = load (path);
  malloc_trim (0);
  printf ("peak %.1f\n", status_mb ("VmHWM:"));
  printf ("steady %.1f\n", status_mb ("VmRSS:"));

  start = now_ms ();
  index = briefing_search_index_new (bundle);
  printf ("index-build %.1f\n", now_ms () - start);
  malloc_trim (0);
  printf ("steady-indexed %.1f\n", status_mb ("VmRSS:"));
  printf ("peak-indexed %.1f\n", status_mb ("VmHWM:"));
}

/* Each query as a person types it: the time of every prefix of 1, 2 and 3+ characters. */
static void
bench_search (const char *path)
{
  static const char * const queries[] = {
    "negotiation", "ceasefire deadline", "Zürich", "CIRAGAN", "prisoners would return",
    "absent-token-xyz", "road map", "technical working group",
  };
  g_autoptr(BriefingBundle) bundle = load (path);
  g_autoptr(BriefingSearchIndex) index = NULL;
  g_autoptr(GArray) short_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) long_ms = g_array_new (FALSE, FALSE, sizeof (double));
  double start;

  start = now_ms ();
  index = briefing_search_index_new (bundle);
  printf ("index-build %.1f\n", now_ms () - start);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    for (glong len = 1; len <= g_utf8_strlen (queries[q], -1); len++)
      {
        g_autofree char *prefix = g_utf8_substring (queries[q], 0, len);
        double times[21];

        for (guint r = 0; r < G_N_ELEMENTS (times); r++)
          {
            g_autoptr(GListModel) results = NULL;

            start = now_ms ();
            results = briefing_search_index_query (index, prefix, 500, NULL);
            times[r] = now_ms () - start;
          }
        if (g_getenv ("BENCH_VERBOSE") != NULL)
          printf ("# %-24s %.2f\n", prefix, median (times, G_N_ELEMENTS (times)));
        g_array_append_val (len < 3 ? short_ms : long_ms, (double) { median (times, G_N_ELEMENTS (times)) });
      }

  /* The worst prefix of each kind, and the median of the longer ones. */
  g_array_sort (short_ms, compare_doubles);
  g_array_sort (long_ms, compare_doubles);
  printf ("search-short-max %.2f\n", g_array_index (short_ms, double, short_ms->len - 1));
  printf ("search-long-max %.2f\n", g_array_index (long_ms, double, long_ms->len - 1));
  printf ("search-long-p50 %.2f\n", g_array_index (long_ms, double, long_ms->len / 2));
}

static void
bench_json_export (const char *path)
{
  g_autoptr(BriefingBundle) bundle = load (path);
  g_autoptr(BriefingComposition) composition = NULL;
  BriefingExportOptions options;
  double times[21];
  gsize length = 0;

  briefing_export_options_init (&options);
  composition = briefing_compose (bundle, NULL, &options);
  briefing_export_options_clear (&options);

  for (guint r = 0; r < G_N_ELEMENTS (times); r++)
    {
      double start = now_ms ();
      g_autofree char *data = briefing_export_to_data (composition, BRIEFING_EXPORT_JSON, &length);

      times[r] = now_ms () - start;
      g_assert_nonnull (data);
    }
  printf ("json-export-mb %.2f\n", length / 1e6);
  printf ("json-export-ms %.2f\n", median (times, G_N_ELEMENTS (times)));
  printf ("json-export-mbps %.1f\n", length / 1e6 / (median (times, G_N_ELEMENTS (times)) / 1000));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("TZ", "UTC", TRUE);

  if (argc >= 4 && strcmp (argv[1], "open") == 0)
    bench_open (argv[2], MAX (1, atoi (argv[3])));
  else if (argc >= 3 && strcmp (argv[1], "memory") == 0)
    bench_memory (argv[2]);
  else if (argc >= 3 && strcmp (argv[1], "search") == 0)
    bench_search (argv[2]);
  else if (argc >= 3 && strcmp (argv[1], "json-export") == 0)
    bench_json_export (argv[2]);
  else
    {
      fprintf (stderr, "usage: %s open FILE RUNS | memory FILE | search FILE | json-export FILE\n", argv[0]);
      return EXIT_FAILURE;
    }
  return EXIT_SUCCESS;
}
