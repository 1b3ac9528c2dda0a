/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-bundle-reader"

/* The bundle reader on any bytes: the strict JSON scan and its locator, then the reader with every
 * problem it reports. What it accepts must write back and read again as an equal bundle. */

#include "config.h"

#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-json-scan.h"
#include "fuzz-utils.h"

static void
scan (const char *data,
      gsize       size)
{
  static const char * const title[] = { "title" };
  static const char * const first_event[] = { "events", "[0]", "id" };
  static const char * const second_quote[] = { "articles", "[1]", "paragraphs", "[0]" };
  BriefingJsonLocation locations[] = {
    { title, G_N_ELEMENTS (title), 0, 0 },
    { first_event, G_N_ELEMENTS (first_event), 0, 0 },
    { second_quote, G_N_ELEMENTS (second_quote), 0, 0 },
  };
  g_autoptr(BriefingProblem) problem = NULL;
  guint line, column;

  /* A shallow limit, so that the depth check is reached often. */
  problem = briefing_json_check (data, size, 4);
  g_clear_pointer (&problem, briefing_problem_free);

  problem = briefing_json_check (data, size, BRIEFING_JSON_MAX_DEPTH);
  if (problem == NULL)
    briefing_json_locate (data, size, locations, G_N_ELEMENTS (locations));
  briefing_json_position (data, size, size / 2, &line, &column);
  briefing_json_position (data, size, size, &line, &column);
}

static void
check_round_trip (BriefingBundle *bundle)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  char *written;
  gsize length;

  written = briefing_bundle_to_data (bundle, &length);
  bytes = g_bytes_new_take (written, length);
  again = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  if (again == NULL)
    g_error ("A bundle the reader accepted was written as one it refuses: %s\n%.*s",
             error->message, (int) MIN (length, 4096), written);
  if (!briefing_bundle_equal (bundle, again))
    g_error ("A bundle the reader accepted does not read back equal after writing:\n%.*s",
             (int) MIN (length, 4096), written);
  summary = briefing_bundle_dup_summary (again);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(BriefingBundleReader) reader = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  fuzz_init ();
  scan ((const char *) data, size);

  reader = briefing_bundle_reader_new ();
  briefing_bundle_reader_set_max_errors (reader, 10);
  bytes = g_bytes_new_static (data, size);
  bundle = briefing_bundle_reader_read_bytes (reader, bytes, &error);
  if ((bundle == NULL) == (error == NULL))
    g_error ("The reader returned %s and %s", bundle ? "a bundle" : "nothing", error ? "an error" : "no error");

  problems = briefing_bundle_reader_get_problems (reader);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *text = briefing_problem_format (problems->pdata[i], "fuzz.bundle.json");

      if (!g_utf8_validate (text, -1, NULL))
        g_error ("A problem's message is not UTF-8");
    }

  if (bundle != NULL)
    check_round_trip (bundle);
  return 0;
}
