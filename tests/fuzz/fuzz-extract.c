/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-extract"

/* The date parser and the extraction with the shipped English rules and gazetteer. The first line
 * of an input is a date as a bundle states it (parsed, written and parsed again); when it is a date,
 * it is the day the rest is read against, else 2 June 2025. The rest is an article as plain text:
 * the dates found in it, then every candidate of the extraction, applied to an empty bundle, which
 * must then write and read again without an error. */

#include "config.h"

#include <string.h>

#include "briefing-article-import.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-extract-date.h"
#include "briefing-extract.h"
#include "fuzz-utils.h"

static void
check_date (const char   *text,
            BriefingDate *reference)
{
  BriefingDate date, again;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) date_time = NULL;
  g_autofree char *written = NULL;
  g_autofree char *duration = NULL;
  gint64 seconds, seconds_again;

  if (briefing_date_parse_date_time (text, &date, NULL))
    {
      date_time = briefing_date_to_date_time (&date);
      if (date_time != NULL)
        {
          again = briefing_date_from_date_time (date_time);
          if (briefing_date_to_unix (&again) != briefing_date_to_unix (&date))
            g_error ("“%s” is another moment once made a GDateTime", text);
        }
    }

  if (!briefing_date_parse (text, &date, &error))
    {
      if (!g_utf8_validate (error->message, -1, NULL) && g_utf8_validate (text, -1, NULL))
        g_error ("The message of a date that does not parse is not UTF-8");
    }
  else
    {
      written = briefing_date_to_string (&date);
      if (!briefing_date_parse (written, &again, NULL) || !briefing_date_equal (&date, &again))
        g_error ("“%s” was read as a date written “%s”, which does not read back equal", text, written);
      for (int p = BRIEFING_DATE_PRECISION_YEAR; p <= BRIEFING_DATE_PRECISION_EXACT; p++)
        {
          BriefingDate coarse = briefing_date_coarsen (&date, p);
          g_autofree char *coarse_text = briefing_date_to_string (&coarse);

          if (!briefing_date_parse (coarse_text, &again, NULL))
            g_error ("“%s” coarsened to precision %d was written “%s”, which is not a date", text, p, coarse_text);
        }
      briefing_date_to_unix (&date);
      *reference = date;
    }

  if (briefing_duration_parse (text, &seconds, NULL))
    {
      duration = briefing_duration_to_string (seconds);
      if (!briefing_duration_parse (duration, &seconds_again, NULL) || seconds != seconds_again)
        g_error ("The duration “%s” was written “%s”, which does not read back equal", text, duration);
    }
}

static void
check_applied (BriefingExtraction *extraction,
               JsonNode           *candidates)
{
  g_autofree char *listed = json_to_string (candidates, TRUE);
  g_autoptr(BriefingBundle) bundle = fuzz_new_bundle ("fuzz-extract");
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;
  char *written;
  gsize length;

  if (!briefing_extraction_apply (extraction, bundle, NULL, &error))
    g_error ("Every candidate of an extraction does not apply to an empty bundle: %s\n%.*s",
             error->message, (int) MIN (strlen (listed), 8192), listed);
  written = briefing_bundle_to_data (bundle, &length);
  bytes = g_bytes_new_take (written, length);
  again = briefing_bundle_reader_read_bytes (reader, bytes, NULL);
  problems = briefing_bundle_reader_get_problems (reader);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      BriefingProblem *problem = problems->pdata[i];

      if (problem->severity == BRIEFING_PROBLEM_ERROR)
        g_error ("The candidates applied make a bundle the reader refuses: %s: %s\n%.*s",
                 problem->path, problem->message, (int) MIN (length, 4096), written);
    }
}

static void
extract (const char         *text,
         gsize               length,
         const BriefingDate *reference)
{
  BriefingImportSource source = { .content_type = "text/plain; charset=utf-8" };
  BriefingImportHints hints = { 0 };
  BriefingDate default_day = { 2025, 6, 2, 0, 0, 0, BRIEFING_DATE_PRECISION_DAY, 0, 0 };
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(BriefingExtraction) extraction = NULL;
  g_autoptr(JsonNode) json = NULL;

  article = briefing_article_import (text, length, &source, &hints, NULL);
  briefing_import_hints_clear (&hints);
  if (article == NULL)
    return;
  /* What the user gives in the import review when a text does not say it. */
  if (!briefing_date_is_set (briefing_article_get_published (article)))
    briefing_article_set_published (article, reference->precision >= BRIEFING_DATE_PRECISION_DAY ? reference : &default_day);
  if (briefing_article_get_publisher (article) == NULL)
    briefing_article_set_publisher (article, "Fuzz Wire");

  extraction = briefing_extract (article, NULL, fuzz_get_rules (), NULL);
  if (extraction == NULL)
    return;
  json = briefing_extraction_to_json (extraction);
  check_applied (extraction, json);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *newline = memchr (data, '\n', size);
  gsize first = newline != NULL ? (gsize) (newline - (const char *) data) : size;
  gsize rest = newline != NULL ? size - first - 1 : 0;
  g_autofree char *date_text = g_strndup ((const char *) data, first);
  g_autofree char *text = NULL;
  g_autoptr(GArray) dates = NULL;
  BriefingDate reference = { 2025, 6, 2, 0, 0, 0, BRIEFING_DATE_PRECISION_DAY, 0, 0 };

  fuzz_init ();
  check_date (date_text, &reference);

  /* Article text is always UTF-8: the importer makes it so. */
  text = g_utf8_make_valid (newline != NULL ? newline + 1 : "", rest);
  dates = briefing_extract_find_dates (fuzz_get_rules (), text, -1, &reference);
  for (guint i = 0; i < dates->len; i++)
    {
      BriefingDateMatch *match = &g_array_index (dates, BriefingDateMatch, i);

      if (match->start >= match->end || match->end > strlen (text) ||
          (i > 0 && match->start < g_array_index (dates, BriefingDateMatch, i - 1).end))
        g_error ("Date match %u (%zu–%zu) is out of place", i, match->start, match->end);
    }

  if (newline != NULL)
    extract (newline + 1, rest, &reference);
  return 0;
}
