/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-cli-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-article-import.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-cli-private.h"

/* briefing import: turn saved news pages into the articles of a bundle. */

/* What `briefing import` was asked, as typed. */
typedef struct
{
  char *into;
  char *output;
  char *publisher;
  char *date;
  char *url;
} ImportArgs;

static void
import_args_clear (ImportArgs *args)
{
  g_free (args->into);
  g_free (args->output);
  g_free (args->publisher);
  g_free (args->date);
  g_free (args->url);
}

/* One page, imported. */
typedef struct
{
  const char          *arg;
  BriefingArticle     *article;
  BriefingImportHints  hints;
  gboolean             date_given;       /* from --date, not from the page */
  gboolean             publisher_given;  /* from --publisher */
} Imported;

static void
imported_free (Imported *imported)
{
  g_clear_object (&imported->article);
  briefing_import_hints_clear (&imported->hints);
  g_free (imported);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Imported, imported_free)

/* Whether this build can fetch pages by URL: it has no src/net yet. */
static gboolean
can_fetch (void)
{
  return FALSE;
}

static gboolean
is_web_address (const char *arg)
{
  return g_str_has_prefix (arg, "http://") || g_str_has_prefix (arg, "https://");
}

/* Where the events, parties and demands that src/import/briefing-extract*.c finds in @article
 * will be added to @bundle, as candidates for the user to confirm. Until that extraction is in,
 * an imported article brings its text only. */
static void
add_extracted_candidates (BriefingBundle            *bundle,
                          BriefingArticle           *article,
                          const BriefingImportHints *hints)
{
}

/* Reads one page; NULL (printed) when it cannot be an article of a bundle. */
static Imported *
import_one (const char         *arg,
            const ImportArgs   *args,
            const BriefingDate *date)
{
  g_autoptr(Imported) imported = g_new0 (Imported, 1);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  BriefingImportSource source = { NULL };
  gboolean ok = TRUE;

  imported->arg = arg;
  if (is_web_address (arg) && !can_fetch ())
    {
      /* Translators: %s is the address the user gave */
      g_printerr (_("briefing: %s: fetching is not available in this build; save the page and import "
                    "the file\n"), arg);
      return NULL;
    }

  source.url = args->url;
  file = g_file_new_for_commandline_arg (arg);
  imported->article = briefing_article_import_file (file, &source, &imported->hints, NULL, &error);
  if (imported->article == NULL)
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return NULL;
    }

  /* A bundle's article needs an outlet and a day; the page may say neither. */
  if (briefing_article_get_publisher (imported->article) == NULL ||
      (imported->hints.publisher_from_host && args->publisher != NULL))
    {
      if (args->publisher != NULL)
        {
          briefing_article_set_publisher (imported->article, args->publisher);
          imported->publisher_given = TRUE;
        }
      else
        {
          /* Translators: %s is a file name */
          g_printerr (_("briefing: %s: the page does not name its outlet; give it with --publisher\n"), arg);
          ok = FALSE;
        }
    }
  if (!briefing_date_is_set (briefing_article_get_published (imported->article)))
    {
      if (briefing_date_is_set (date))
        {
          briefing_article_set_published (imported->article, date);
          imported->date_given = TRUE;
        }
      else
        {
          /* Translators: %s is a file name */
          g_printerr (_("briefing: %s: the page does not say when it was published; give the date "
                        "with --date\n"), arg);
          ok = FALSE;
        }
    }

  return ok ? g_steal_pointer (&imported) : NULL;
}

/* A copy of @article under @id: an article's id is fixed when it is made. */
static BriefingArticle *
copy_with_id (BriefingArticle *article,
              const char      *id)
{
  BriefingArticle *copy = briefing_article_new (id, briefing_article_get_headline (article));
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func (g_free);

  briefing_article_set_publisher (copy, briefing_article_get_publisher (article));
  briefing_article_set_url (copy, briefing_article_get_url (article));
  briefing_article_set_published (copy, briefing_article_get_published (article));
  briefing_article_set_language (copy, briefing_article_get_language (article));
  briefing_article_set_authors (copy, briefing_article_get_authors (article));
  for (guint i = 0; i < briefing_article_get_n_paragraphs (article); i++)
    g_ptr_array_add (paragraphs, briefing_article_dup_paragraph (article, i));
  g_ptr_array_add (paragraphs, NULL);
  briefing_article_set_paragraphs (copy, (const char * const *) paragraphs->pdata);
  return copy;
}

/* Adds @article under its id, or "id-2", "id-3"… when the bundle has that id already. */
static BriefingArticle *
add_unique (BriefingBundle  *bundle,
            BriefingArticle *article)
{
  const char *id = briefing_article_get_id (article);
  g_autoptr(BriefingArticle) renamed = NULL;

  for (guint n = 2; briefing_bundle_lookup (bundle, id) != NULL; n++)
    {
      g_autofree char *base = g_strndup (briefing_article_get_id (article), 56);
      g_autofree char *unique = g_strdup_printf ("%s-%u", base, n);

      if (briefing_bundle_lookup (bundle, unique) == NULL)
        {
          renamed = copy_with_id (article, unique);
          break;
        }
    }

  if (renamed != NULL)
    article = renamed;
  briefing_bundle_add_article (bundle, article);
  return article;
}

/* "talks.bundle.json" → "talks" */
static char *
bundle_id_for (const char *output)
{
  g_autofree char *base = g_path_get_basename (output);
  g_autofree char *lower = g_ascii_strdown (base, -1);

  if (g_str_has_suffix (lower, ".bundle.json"))
    base[strlen (base) - strlen (".bundle.json")] = '\0';
  else if (g_str_has_suffix (lower, ".json"))
    base[strlen (base) - strlen (".json")] = '\0';
  return briefing_import_slug (base);
}

static void
print_found (const Imported  *imported,
             BriefingArticle *article)
{
  g_autofree char *date = briefing_date_to_string (briefing_article_get_published (article));
  guint n = briefing_article_get_n_paragraphs (article);
  g_autofree char *paragraphs = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u paragraph",
                                                              "%u paragraphs", n), n);
  const char * const *authors = briefing_article_get_authors (article);
  g_autofree char *by = authors != NULL && authors[0] != NULL ? g_strjoinv (", ", (char **) authors) : NULL;

  /* Translators: FILE: “Headline” (id), then the outlet, the date and "8 paragraphs" */
  g_print (_("%s: “%s” (%s)\n  %s, %s, %s\n"), imported->arg, briefing_article_get_headline (article),
           briefing_article_get_id (article), briefing_article_get_publisher (article), date, paragraphs);
  if (by != NULL)
    /* Translators: the authors of an imported article */
    g_print (_("  by %s\n"), by);
  if (imported->hints.place != NULL)
    /* Translators: the place of an article's dateline, such as "Istanbul, Turkey" */
    g_print (_("  dateline: %s\n"), imported->hints.place);
  if (imported->publisher_given)
    g_print (_("  outlet from --publisher\n"));
  if (imported->date_given)
    g_print (_("  date from --date\n"));
}

/* Writes @bundle to @output once it reads back as valid; prints what is wrong otherwise. */
static gboolean
write_bundle (BriefingBundle *bundle,
              const char     *output)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(BriefingBundle) check = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  char *data;

  data = briefing_bundle_to_data (bundle, &length);
  bytes = g_bytes_new_take (data, length);
  if ((check = briefing_bundle_reader_read_bytes (reader, bytes, &error)) == NULL)
    {
      GPtrArray *problems = briefing_bundle_reader_get_problems (reader);

      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = briefing_problem_format (problems->pdata[i], output);

          g_printerr ("%s\n", line);
        }
      return FALSE;
    }

  if (!g_file_set_contents_full (output, data, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0644, &error))
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return FALSE;
    }
  return TRUE;
}

int
briefing_cli_run_import (int    argc,
                         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GPtrArray) imported = g_ptr_array_new_with_free_func ((GDestroyNotify) imported_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  BriefingDate date = { 0 }, now_date;
  ImportArgs args = { NULL };
  int status = BRIEFING_CLI_EXIT_USAGE;
  gboolean all_read = TRUE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("Write the bundle to FILE"), N_("FILE") },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &args.into,
      N_("Add the articles to a copy of BUNDLE (default: a new bundle)"), N_("BUNDLE") },
    { "publisher", 0, 0, G_OPTION_ARG_STRING, &args.publisher,
      N_("The outlet of pages that do not name theirs (rather than their web address’s host)"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &args.date,
      N_("The publication date of pages that do not say theirs (2025-06-02)"), N_("DATE") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &args.url,
      N_("Where the page was published (one page only)"), N_("URL") },
    { NULL }
  };

  /* Translators: the parameters of "briefing import" in its --help */
  context = g_option_context_new (_("ARTICLE… -o FILE — make news pages the articles of a bundle"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads each ARTICLE — a news page saved as HTML, or as plain text or "
                                  "Markdown — and keeps its headline, outlet, publication date, authors "
                                  "and body paragraphs, without navigation, share buttons, comments, "
                                  "cookie notices and image credits. The articles go into a new bundle, "
                                  "or with --into into a copy of an existing one (ids made unique), "
                                  "written to FILE only when it is valid.\n"
                                  "Exit status: 0 written, 1 when a page or the bundle cannot be read "
                                  "or FILE cannot be written (nothing is written then), 2 on a usage "
                                  "error."));

  if (!briefing_cli_parse_options (context, &argc, &argv))
    goto out;
  if (argc < 2 || args.output == NULL)
    {
      g_printerr (_("briefing: import needs at least one article and -o FILE\n"));
      g_printerr (_("Try “briefing %s --help” for more.\n"), argv[0]);
      goto out;
    }
  if (args.url != NULL && argc != 2)
    {
      g_printerr (_("briefing: --url names the address of one page; import the pages one by one\n"));
      goto out;
    }
  if (args.date != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!briefing_date_parse (args.date, &date, &error) || date.precision < BRIEFING_DATE_PRECISION_DAY)
        {
          /* Translators: %s says why the date was refused */
          g_printerr (_("briefing: --date: %s\n"), error != NULL ? error->message :
                      _("a publication date needs a day, such as 2025-06-02"));
          goto out;
        }
    }

  status = BRIEFING_CLI_EXIT_INVALID;
  if (args.into != NULL && (bundle = briefing_cli_read_bundle (args.into)) == NULL)
    goto out;

  /* Every page is read and reported before anything is written. */
  for (int i = 1; i < argc; i++)
    {
      Imported *one = import_one (argv[i], &args, &date);

      if (one != NULL)
        g_ptr_array_add (imported, one);
      else
        all_read = FALSE;
    }
  if (!all_read)
    goto out;

  now_date = briefing_date_from_date_time (now);
  now_date.microsecond = 0;
  if (bundle == NULL)
    {
      g_autofree char *id = bundle_id_for (args.output);
      Imported *first = imported->pdata[0];

      bundle = briefing_bundle_new (id, briefing_article_get_headline (first->article));
      briefing_bundle_set_language (bundle, "en");
      briefing_bundle_set_created (bundle, &now_date);
    }
  else if (briefing_date_compare (&now_date, briefing_bundle_get_created (bundle)) >= 0)
    briefing_bundle_set_updated (bundle, &now_date);

  for (guint i = 0; i < imported->len; i++)
    {
      Imported *one = imported->pdata[i];
      BriefingArticle *added = add_unique (bundle, one->article);

      add_extracted_candidates (bundle, added, &one->hints);
      print_found (one, added);
    }

  if (!write_bundle (bundle, args.output))
    goto out;

  {
    guint n = g_list_model_get_n_items (briefing_bundle_get_articles (bundle));

    /* Translators: "Wrote FILE (7 articles)" */
    g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u article)\n", "Wrote %s (%u articles)\n", n),
             args.output, n);
  }
  status = BRIEFING_CLI_EXIT_OK;

out:
  import_args_clear (&args);
  return status;
}
