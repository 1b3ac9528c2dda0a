/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-cli-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-article-import.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-cli-private.h"
#include "briefing-enum-types.h"
#include "briefing-extract.h"
#include "briefing-fetcher.h"
#include "briefing-labels.h"
#include "briefing-save-file-private.h"

/* briefing import: turn news pages, saved or on the web, into the articles of a bundle, with what
 * they say. */

/* What `briefing import` was asked, as typed. */
typedef struct
{
  char *into;
  char *output;
  char *publisher;
  char *date;
  char *url;
  gboolean no_extract;
  gboolean verbose;
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
  BriefingExtraction  *extraction;       /* what was found in it and added, or NULL */
} Imported;

static void
imported_free (Imported *imported)
{
  g_clear_object (&imported->article);
  g_clear_object (&imported->extraction);
  briefing_import_hints_clear (&imported->hints);
  g_free (imported);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Imported, imported_free)

static gboolean
is_web_address (const char *arg)
{
  return g_str_has_prefix (arg, "http://") || g_str_has_prefix (arg, "https://");
}

static void
unref_rules (gpointer rules)
{
  g_clear_object (&rules);
}

/* The rules for @language, loaded once per run; NULL (said once) when there are none. */
static BriefingExtractRules *
rules_for (GHashTable *rules,
           const char *language)
{
  g_autoptr(GError) error = NULL;
  BriefingExtractRules *found;

  if (g_hash_table_lookup_extended (rules, language, NULL, (gpointer *) &found))
    return found;

  found = briefing_extract_rules_new_for_language (language, &error);
  if (found == NULL)
    /* Translators: %s says why there are no rules, e.g. that a language has none */
    g_printerr (_("briefing: %s; the articles in it bring their text only\n"), error->message);
  g_hash_table_insert (rules, g_strdup (language), found);
  return found;
}

/* Finds the parties, events, outcomes, demands and responses @article speaks of, against what
 * @bundle has already (so that they are matched, not added twice), and adds them all: a script
 * cannot review them, the window can. */
static gboolean
add_extracted_candidates (BriefingBundle  *bundle,
                          Imported        *imported,
                          BriefingArticle *article,
                          GHashTable      *rules)
{
  BriefingExtractRules *language_rules;
  g_autoptr(GError) error = NULL;

  language_rules = rules_for (rules, briefing_bundle_get_article_language (bundle, article));
  if (language_rules == NULL)
    return TRUE;

  imported->extraction = briefing_extract (article, bundle, language_rules, &error);
  if (imported->extraction == NULL || !briefing_extraction_apply (imported->extraction, bundle, NULL, &error))
    {
      /* Translators: the first %s is a file name or a web address, the second says what is wrong */
      g_printerr (_("briefing: %s: what the article says could not be added: %s\n"), imported->arg,
                  error->message);
      return FALSE;
    }
  return TRUE;
}

/* Fetches the page at @url; NULL (printed) when it cannot be had. */
static GBytes *
fetch_page (const char  *url,
            char       **final_uri,
            char       **content_type)
{
  g_autoptr(BriefingFetcher) fetcher = briefing_fetcher_new ();
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  briefing_fetcher_set_max_size (fetcher, BRIEFING_IMPORT_MAX_SIZE);
  bytes = briefing_fetcher_fetch (fetcher, url, BRIEFING_FETCH_ARTICLE, NULL, final_uri, content_type, &error);
  if (bytes == NULL)
    /* Translators: the first %s is a web address, the second says what went wrong */
    g_printerr (_("briefing: %s: %s\n"), url, error->message);
  return bytes;
}

/* The last part of @url's path, which may tell the page's format: "talks.md". */
static char *
file_name_of (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *path = uri != NULL ? g_uri_get_path (uri) : NULL;

  return path != NULL && *path != '\0' && !g_str_has_suffix (path, "/") ? g_path_get_basename (path) : NULL;
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
  source.url = args->url;
  if (is_web_address (arg))
    {
      g_autofree char *final_uri = NULL;
      g_autofree char *content_type = NULL;
      g_autofree char *file_name = file_name_of (arg);
      g_autoptr(GBytes) bytes = fetch_page (arg, &final_uri, &content_type);

      if (bytes == NULL)
        return NULL;
      /* The page is known by where it was found, unless --url says otherwise. */
      if (source.url == NULL)
        source.url = final_uri != NULL ? final_uri : arg;
      source.content_type = content_type;
      source.file_name = file_name;
      imported->article = briefing_article_import_bytes (bytes, &source, &imported->hints, &error);
      if (imported->article == NULL)
        {
          /* Translators: the first %s is a web address, the second says what is wrong with its page */
          g_printerr (_("briefing: %s: %s\n"), arg, error->message);
          return NULL;
        }
    }
  else
    {
      file = g_file_new_for_commandline_arg (arg);
      imported->article = briefing_article_import_file (file, &source, &imported->hints, NULL, &error);
      if (imported->article == NULL)
        {
          g_printerr (_("briefing: %s\n"), error->message);
          return NULL;
        }
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

/* "3 parties, 2 events, 5 outcomes, 6 demands, 1 response" */
static char *
format_counts (const guint counts[])
{
  g_autofree char *parties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party", "%u parties",
                                                           counts[BRIEFING_CANDIDATE_PARTY]),
                                              counts[BRIEFING_CANDIDATE_PARTY]);
  g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events",
                                                          counts[BRIEFING_CANDIDATE_EVENT]),
                                             counts[BRIEFING_CANDIDATE_EVENT]);
  g_autofree char *outcomes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u outcome", "%u outcomes",
                                                            counts[BRIEFING_CANDIDATE_OUTCOME]),
                                               counts[BRIEFING_CANDIDATE_OUTCOME]);
  g_autofree char *demands = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u demand", "%u demands",
                                                           counts[BRIEFING_CANDIDATE_DEMAND]),
                                              counts[BRIEFING_CANDIDATE_DEMAND]);
  g_autofree char *responses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u response", "%u responses",
                                                             counts[BRIEFING_CANDIDATE_RESPONSE]),
                                                counts[BRIEFING_CANDIDATE_RESPONSE]);

  /* Translators: the counts of what an import found: parties, events, outcomes, demands, responses */
  return g_strdup_printf (_("%s, %s, %s, %s, %s"), parties, events, outcomes, demands, responses);
}

/* What the extraction found in one article and added: counts by kind, and with --verbose a line per
 * event and demand. */
static void
print_extracted (const Imported *imported,
                 gboolean        verbose)
{
  BriefingExtraction *extraction = imported->extraction;
  guint added[BRIEFING_CANDIDATE_FIGURE + 1] = { 0 };
  guint known[BRIEFING_CANDIDATE_FIGURE + 1] = { 0 };
  gboolean any_known = FALSE;
  g_autofree char *added_text = NULL;

  if (extraction == NULL)
    return;

  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->existing)
        {
          known[c->kind]++;
          any_known |= c->kind != BRIEFING_CANDIDATE_PERSON && c->kind < BRIEFING_CANDIDATE_DATE;
        }
      else
        added[c->kind]++;
    }

  added_text = format_counts (added);
  /* Translators: followed by "3 parties, 2 events, 5 outcomes, 6 demands, 0 responses" */
  g_print (_("  added: %s\n"), added_text);
  if (any_known)
    {
      g_autofree char *known_text = format_counts (known);

      /* Translators: parties, events and demands found in an article that the bundle had already */
      g_print (_("  already in the bundle: %s\n"), known_text);
    }

  if (!verbose)
    return;

  /* Each event with its outcomes beneath it, then the demands. */
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);
      /* Translators: after an event or a demand that an import found in a bundle already */
      const char *mark = c->existing ? _(" (already in the bundle)") : "";
      g_autofree char *date = NULL;

      if (c->kind != BRIEFING_CANDIDATE_EVENT)
        continue;

      date = briefing_date_is_set (&c->date) ? briefing_date_to_string (&c->date) : g_strdup ("?");
      /* Translators: one event an import found: its kind, date, title, then maybe " (already in the bundle)" */
      g_print (_("    event (%s) %s: %s%s\n"), briefing_event_kind_label (c->event_kind), date, c->title, mark);
      for (guint j = 0; j < briefing_extraction_get_n_candidates (extraction); j++)
        {
          const BriefingCandidate *o = briefing_extraction_get_candidate (extraction, j);

          if (o->kind == BRIEFING_CANDIDATE_OUTCOME && g_strcmp0 (o->ref, c->id) == 0)
            /* Translators: one outcome of an event that an import found: its status, then its words */
            g_print (_("      %s: %s\n"), briefing_outcome_status_label (o->status), o->text);
        }
    }
  for (guint i = 0; i < briefing_extraction_get_n_candidates (extraction); i++)
    {
      const BriefingCandidate *c = briefing_extraction_get_candidate (extraction, i);

      if (c->kind == BRIEFING_CANDIDATE_DEMAND)
        /* Translators: one demand an import found: the id of the party that makes it, its words, then maybe
         * " (already in the bundle)" */
        g_print (_("    demand of %s: %s%s\n"), c->party, c->text, c->existing ? _(" (already in the bundle)") : "");
    }
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

  if (!briefing_save_file_contents (output, data, length, 0644, &error))
    {
      g_printerr (_("briefing: %s: %s\n"), output, error->message);
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
  g_autoptr(GHashTable) rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_rules);
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
    { "no-extract", 0, 0, G_OPTION_ARG_NONE, &args.no_extract,
      N_("Add the articles’ text only, not the parties, events and demands found in them"), NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &args.verbose,
      N_("Also list each event, outcome and demand found"), NULL },
    { NULL }
  };

  /* Translators: the parameters of "briefing import" in its --help */
  context = g_option_context_new (_("ARTICLE… -o FILE — make news pages the articles of a bundle"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads each ARTICLE — a news page saved as HTML, or as plain text or "
                                  "Markdown, or the http:// or https:// address of one — and keeps its "
                                  "headline, outlet, publication date, authors "
                                  "and body paragraphs, without navigation, share buttons, comments, "
                                  "cookie notices and image credits. The articles go into a new bundle, "
                                  "or with --into into a copy of an existing one (ids made unique), "
                                  "written to FILE only when it is valid. The parties, events with their "
                                  "outcomes, demands and responses each article speaks of are added too, "
                                  "each citing the words it rests on; those the bundle has already are "
                                  "matched, not added twice (--no-extract adds the text only).\n"
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

      print_found (one, added);
      if (!args.no_extract)
        {
          if (!add_extracted_candidates (bundle, one, added, rules))
            goto out;
          print_extracted (one, args.verbose);
        }
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
