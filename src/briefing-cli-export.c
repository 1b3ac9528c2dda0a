/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-cli-export"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "briefing-app-module.h"
#include "briefing-cli-private.h"
#include "briefing-export.h"
#include "briefing-pdf-private.h"

/* briefing export: compose a briefing from a bundle and the user's annotations, and write it. */

/* What `briefing export` was asked, as typed. */
typedef struct
{
  char  *format;
  char  *sections;
  char  *from;
  char  *to;
  char **events;
  char **parties;
  char  *paper;
  char  *title;
  char  *prepared_by;
  char  *date;
  char  *group_by;
  char  *summary;
  char  *lang;
  char  *output;
} ExportArgs;

static void
export_args_clear (ExportArgs *args)
{
  g_free (args->format);
  g_free (args->sections);
  g_free (args->from);
  g_free (args->to);
  g_strfreev (args->events);
  g_strfreev (args->parties);
  g_free (args->paper);
  g_free (args->title);
  g_free (args->prepared_by);
  g_free (args->date);
  g_free (args->group_by);
  g_free (args->summary);
  g_free (args->lang);
  g_free (args->output);
}

/* The format a file name asks for by its ending; PDF when it says nothing. */
static BriefingExportFormat
format_for_output (const char *output)
{
  g_autofree char *lower = g_ascii_strdown (output, -1);

  if (g_str_has_suffix (lower, ".timeline.json"))
    return BRIEFING_EXPORT_TIMELINEJS;
  if (g_str_has_suffix (lower, ".json"))
    return BRIEFING_EXPORT_JSON;
  if (g_str_has_suffix (lower, ".md") || g_str_has_suffix (lower, ".markdown"))
    return BRIEFING_EXPORT_MARKDOWN;
  return BRIEFING_EXPORT_PDF;
}

/* --events and --parties may be repeated and hold comma-separated lists. */
static char **
split_ids (char **values)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (values == NULL)
    return NULL;

  for (guint i = 0; values[i] != NULL; i++)
    {
      g_auto(GStrv) ids = g_strsplit (values[i], ",", -1);

      for (guint j = 0; ids[j] != NULL; j++)
        if (*g_strstrip (ids[j]) != '\0')
          g_strv_builder_add (builder, ids[j]);
    }
  return g_strv_builder_end (builder);
}

static gboolean
parse_date_option (const char   *name,
                   const char   *value,
                   BriefingDate *date)
{
  g_autoptr(GError) error = NULL;

  if (value == NULL)
    return TRUE;
  if (briefing_date_parse (value, date, &error))
    return TRUE;

  /* Translators: %s are an option such as --from, then why its date was refused */
  g_printerr (_("briefing: %s: %s\n"), name, error->message);
  return FALSE;
}

/* Turns what was typed into options; FALSE (usage error, printed) when something is wrong. */
static gboolean
export_options_from_args (const ExportArgs       *args,
                          BriefingExportOptions  *options,
                          BriefingRenderOptions  *render,
                          BriefingExportFormat   *format)
{
  g_autoptr(GError) error = NULL;

  if (args->format != NULL && !briefing_export_format_from_nick (args->format, format))
    {
      /* Translators: %s is the format the user asked for */
      g_printerr (_("briefing: unknown format “%s” (use pdf, json, timelinejs or markdown)\n"),
                  args->format);
      return FALSE;
    }
  if (args->format == NULL)
    *format = format_for_output (args->output);
  if (*format == BRIEFING_EXPORT_PDF && g_str_equal (args->output, "-"))
    {
      g_printerr (_("briefing: a PDF cannot be written to the standard output; name a file with -o\n"));
      return FALSE;
    }

  if (args->sections != NULL && !briefing_sections_parse (args->sections, &options->sections, &error))
    {
      g_printerr (_("briefing: --sections: %s\n"), error->message);
      return FALSE;
    }

  if (!parse_date_option ("--from", args->from, &options->from) ||
      !parse_date_option ("--to", args->to, &options->to) ||
      !parse_date_option ("--date", args->date, &options->date))
    return FALSE;
  if (briefing_date_is_set (&options->from) && briefing_date_is_set (&options->to) &&
      briefing_date_compare (&options->from, &options->to) > 0)
    {
      g_printerr (_("briefing: --from is after --to\n"));
      return FALSE;
    }

  if (args->lang != NULL)
    {
      g_autoptr(BriefingCatalog) catalog = briefing_catalog_get (args->lang, &error);

      if (catalog == NULL)
        {
          g_printerr (_("briefing: --lang: %s\n"), error->message);
          return FALSE;
        }
      options->language = g_strdup (args->lang);
    }

  if (args->paper != NULL && !briefing_paper_from_nick (args->paper, &render->paper))
    {
      /* Translators: %s is the paper size the user asked for */
      g_printerr (_("briefing: unknown paper size “%s” (use a4 or letter)\n"), args->paper);
      return FALSE;
    }

  if (args->group_by == NULL || g_str_equal (args->group_by, "color") || g_str_equal (args->group_by, "colour"))
    options->grouping = BRIEFING_GROUP_BY_COLOR;
  else if (g_str_equal (args->group_by, "tag"))
    options->grouping = BRIEFING_GROUP_BY_TAG;
  else
    {
      /* Translators: %s is what the user typed after --group-by */
      g_printerr (_("briefing: unknown grouping “%s” (use color or tag)\n"), args->group_by);
      return FALSE;
    }

  options->event_ids = split_ids (args->events);
  options->party_ids = split_ids (args->parties);
  options->title = g_strdup (args->title);
  options->prepared_by = g_strdup (args->prepared_by);
  options->summary = g_strdup (args->summary);

  /* A fixed date makes the whole file reproducible, the PDF's creation date included. */
  if (briefing_date_is_set (&options->date))
    render->creation_time = briefing_date_to_unix (&options->date);
  render->author = g_strdup (args->prepared_by);
  return TRUE;
}

/* Every id asked for is one of the bundle's; FALSE (printed) otherwise. */
static gboolean
check_ids (BriefingBundle *bundle,
           char          **ids,
           gboolean        parties)
{
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (parties ? briefing_bundle_lookup_party (bundle, ids[i]) != NULL
                  : briefing_bundle_lookup_event (bundle, ids[i]) != NULL)
        continue;
      if (parties)
        /* Translators: %s is a party id the user asked for */
        g_printerr (_("briefing: the bundle has no party “%s”\n"), ids[i]);
      else
        /* Translators: %s is an event id the user asked for */
        g_printerr (_("briefing: the bundle has no event “%s”\n"), ids[i]);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_stdout (BriefingComposition  *composition,
              BriefingExportFormat  format)
{
  gsize length;
  g_autofree char *data = briefing_export_to_data (composition, format, &length);

  if (fwrite (data, 1, length, stdout) == length && fflush (stdout) == 0)
    return TRUE;

  g_printerr (_("briefing: could not write the briefing to the standard output\n"));
  return FALSE;
}

/* A PDF comes from the page renderer in the application module (briefing-app-module.h); it says
 * how many pages it wrote, as laying it out again to count them would double the work. The other
 * formats are written here, replacing @output whole or not at all. */
static gboolean
write_file (BriefingComposition         *composition,
            BriefingExportFormat         format,
            const BriefingRenderOptions *render,
            const char                  *output,
            guint                       *n_pages,
            GError                     **error)
{
  __typeof__ (briefing_pdf_write_full) *write_pdf;  /* declared by the renderer, not linked here */

  if (format != BRIEFING_EXPORT_PDF)
    return briefing_export_save_data (composition, format, output, NULL, NULL, error);

  write_pdf = BRIEFING_APP_MODULE_FUNCTION (briefing_pdf_write_full, error);
  if (write_pdf == NULL)
    return FALSE;

  return write_pdf (composition, render, output, NULL, NULL, n_pages, error);
}

/* @n_pages: of the PDF written, for PDF only. */
static void
print_written (BriefingComposition  *composition,
               BriefingExportFormat  format,
               guint                 n_pages,
               const char           *output)
{
  g_autofree char *details = NULL;

  if (format == BRIEFING_EXPORT_PDF)
    {
      /* Translators: what a written PDF holds */
      details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
    }
  else
    {
      guint n_events = composition->events->len, n_sources = composition->sources->len;
      /* Translators: the first part of "9 events, 6 sources" */
      g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events",
                                                              n_events), n_events);
      /* Translators: the second part of "9 events, 6 sources" */
      g_autofree char *sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources",
                                                               n_sources), n_sources);

      /* Translators: "9 events, 6 sources" */
      details = g_strdup_printf (_("%s, %s"), events, sources);
    }

  /* Translators: "Wrote FILE (12 pages)" or "Wrote FILE (9 events, 6 sources)" */
  g_print (_("Wrote %s (%s)\n"), output, details);
}

int
briefing_cli_run_export (int    argc,
                         char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autoptr(BriefingComposition) composition = NULL;
  g_autoptr(GError) error = NULL;
  BriefingExportOptions options;
  BriefingRenderOptions render;
  BriefingExportFormat format;
  ExportArgs args = { 0 };
  guint n_pages = 0;
  int status = BRIEFING_CLI_EXIT_USAGE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &args.output,
      N_("Write the briefing to FILE (“-” for the standard output, except for PDF)"), N_("FILE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &args.format,
      N_("pdf, json, timelinejs or markdown (default: from the ending of FILE, else pdf)"), N_("FORMAT") },
    { "sections", 's', 0, G_OPTION_ARG_STRING, &args.sections,
      N_("Only these sections: cover, bottom-line, timeline, positions, questions, annotations, sources"),
      N_("LIST") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &args.from,
      N_("Only events on or after DATE (2025, 2025-06 or 2025-06-02)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &args.to, N_("Only events on or before DATE"), N_("DATE") },
    { "events", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.events, N_("Only these events"), N_("ID,…") },
    { "parties", 0, 0, G_OPTION_ARG_STRING_ARRAY, &args.parties, N_("Only these parties"), N_("ID,…") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &args.paper, N_("Paper size of a PDF: a4 or letter"), N_("SIZE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &args.title, N_("Title (default: the bundle’s)"), N_("TEXT") },
    { "prepared-by", 0, 0, G_OPTION_ARG_STRING, &args.prepared_by,
      N_("Who prepared the briefing"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &args.date,
      N_("Date of the briefing (default: today); fixes the file’s creation date too"), N_("DATE") },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &args.group_by,
      N_("Group annotations by color (default) or tag"), N_("HOW") },
    { "summary", 0, 0, G_OPTION_ARG_STRING, &args.summary, N_("Your own bottom line"), N_("TEXT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &args.lang,
      N_("Language of the briefing’s titles, labels and dates: en, uk, ru, tr, de, fr or ar (default: "
         "the interface’s); the articles’ words stay as they are"), N_("LANG") },
    { NULL }
  };

  /* Translators: the parameters of "briefing export" in its --help */
  context = g_option_context_new (_("BUNDLE -o FILE — write a briefing"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Composes a briefing from BUNDLE and your annotations of it — cover, "
                                  "bottom line, timeline, positions, open questions, annotations and "
                                  "sources — and writes it as PDF, as Briefing JSON, as a TimelineJS "
                                  "timeline or as Markdown.\n"
                                  "Exit status: 0 on success, 1 when the bundle, the annotations or "
                                  "FILE cannot be read or written, 2 on a usage error."));

  briefing_export_options_init (&options);
  briefing_render_options_init (&render);

  if (!briefing_cli_parse_options (context, &argc, &argv))
    goto out;
  if (argc != 2 || args.output == NULL)
    {
      g_printerr (_("briefing: export needs a bundle and -o FILE\n"));
      g_printerr (_("Try “briefing %s --help” for more.\n"), argv[0]);
      goto out;
    }
  if (!export_options_from_args (&args, &options, &render, &format))
    goto out;

  status = BRIEFING_CLI_EXIT_INVALID;
  if ((bundle = briefing_cli_read_bundle (argv[1])) == NULL ||
      (store = briefing_cli_open_store (bundle)) == NULL)
    goto out;
  if (!check_ids (bundle, options.event_ids, FALSE) || !check_ids (bundle, options.party_ids, TRUE))
    {
      status = BRIEFING_CLI_EXIT_USAGE;
      goto out;
    }

  /* Reading order of highlights follows where their words are in this edition. */
  briefing_annotation_store_anchor (store, bundle);
  composition = briefing_compose (bundle, store, &options);

  if (g_str_equal (args.output, "-"))
    {
      if (write_stdout (composition, format))
        status = BRIEFING_CLI_EXIT_OK;
      goto out;
    }

  if (!write_file (composition, format, &render, args.output, &n_pages, &error))
    {
      g_printerr (_("briefing: %s: %s\n"), args.output, error->message);
      goto out;
    }
  print_written (composition, format, n_pages, args.output);
  status = BRIEFING_CLI_EXIT_OK;

out:
  briefing_export_options_clear (&options);
  briefing_render_options_clear (&render);
  export_args_clear (&args);
  return status;
}
