/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-article-import"

/* The page importer on any bytes, read as HTML, as plain text and as Markdown, and as the format it
 * guesses from the bytes alone. An article it makes must be one a bundle can hold: added to a
 * bundle, written and read again, the reader finds nothing wrong with it. */

#include "config.h"

#include <string.h>

#include "briefing-article-import.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "fuzz-utils.h"

static void
check_in_bundle (BriefingArticle *article,
                 const char      *content_type)
{
  g_autoptr(BriefingBundle) bundle = fuzz_new_bundle ("fuzz-import");
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BriefingDate day = { 2025, 6, 2, 0, 0, 0, BRIEFING_DATE_PRECISION_DAY, 0, 0 };
  GPtrArray *problems;
  char *written;
  gsize length;

  /* The date the user gives when the page does not say when it was published. */
  if (!briefing_date_is_set (briefing_article_get_published (article)))
    briefing_article_set_published (article, &day);
  if (!briefing_bundle_add_article (bundle, article))
    g_error ("An imported article (%s) does not go into an empty bundle", content_type);
  written = briefing_bundle_to_data (bundle, &length);
  bytes = g_bytes_new_take (written, length);
  again = briefing_bundle_reader_read_bytes (reader, bytes, NULL);
  problems = briefing_bundle_reader_get_problems (reader);
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      BriefingProblem *problem = problems->pdata[i];

      if (problem->severity == BRIEFING_PROBLEM_ERROR && g_str_has_prefix (problem->path, "articles"))
        g_error ("An imported article (%s) is refused by the bundle reader: %s: %s\n%.*s",
                 content_type, problem->path, problem->message, (int) MIN (length, 4096), written);
    }
}

static void
import_as (const uint8_t *data,
           size_t         size,
           const char    *content_type,
           const char    *file_name)
{
  BriefingImportSource source = {
    .content_type = content_type,
    .file_name = file_name,
    .url = "https://news.example.org/2025/06/02/talks",
  };
  BriefingImportHints hints = { 0 };
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slug = NULL;

  article = briefing_article_import ((const char *) data, size, &source, &hints, &error);
  briefing_import_hints_clear (&hints);
  if ((article == NULL) == (error == NULL))
    g_error ("The importer returned %s and %s", article ? "an article" : "nothing", error ? "an error" : "no error");
  if (article == NULL)
    return;

  slug = briefing_import_slug (briefing_article_get_headline (article));
  check_in_bundle (article, content_type ? content_type : file_name);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_init ();
  briefing_import_guess_format (NULL, NULL, (const char *) data, size);
  import_as (data, size, "text/html", NULL);
  import_as (data, size, "text/plain; charset=utf-8", NULL);
  import_as (data, size, NULL, "article.md");
  import_as (data, size, NULL, NULL);
  return 0;
}
