/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-cli"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "briefing-annotation-store-private.h"
#include "briefing-annotation-w3c-private.h"
#include "briefing-bundle-reader.h"
#include "briefing-cli.h"
#include "briefing-export.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} Command;

static int run_validate    (int argc, char **argv);
static int run_annotations (int argc, char **argv);
static int run_export      (int argc, char **argv);

static const Command commands[] = {
  { "validate", run_validate },
  { "annotations", run_annotations },
  { "export", run_export },
};

/* Exit statuses of the sub-commands. */
enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
};

static gboolean
parse_options (GOptionContext  *context,
               int             *argc,
               char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;

  /* Translators: %s is the reason the command line was refused */
  g_printerr (_("briefing: %s\n"), error->message);
  g_printerr (_("Try “briefing %s --help” for more.\n"), (*argv)[0]);
  return FALSE;
}

static gboolean
validate_one (BriefingBundleReader *reader,
              const char           *arg,
              gboolean              quiet)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *problems;

  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  problems = briefing_bundle_reader_get_problems (reader);

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_format (problems->pdata[i], arg);

      g_print ("%s\n", line);
    }

  if (bundle == NULL)
    return FALSE;

  if (!quiet)
    {
      g_autofree char *summary = briefing_bundle_dup_summary (bundle);

      /* Translators: "FILE: ok — 6 articles, 9 events, 14 demands, 4 parties" */
      g_print (_("%s: ok — %s\n"), arg, summary);
    }

  return TRUE;
}

static int
run_validate (int    argc,
              char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  gint64 max_size = BRIEFING_BUNDLE_DEFAULT_MAX_SIZE;
  int max_errors = BRIEFING_BUNDLE_DEFAULT_MAX_ERRORS;
  gboolean quiet = FALSE;
  gboolean all_valid = TRUE;
  const GOptionEntry entries[] = {
    { "max-size", 0, 0, G_OPTION_ARG_INT64, &max_size,
      N_("Refuse files larger than this many bytes"), N_("BYTES") },
    { "max-errors", 0, 0, G_OPTION_ARG_INT, &max_errors,
      N_("Stop after this many errors in one file"), N_("N") },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet,
      N_("Print problems only, not a line for each valid file"), NULL },
    { NULL }
  };

  /* Translators: the parameters of "briefing validate" in its --help */
  context = g_option_context_new (_("FILE… — check bundles without opening them"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads each bundle file and checks it completely: JSON syntax, the "
                                  "bundle format, references between parties, events and demands, "
                                  "and that every quotation is in its article.\n\n"
                                  "Prints a summary line for each valid file and one line per problem, "
                                  "FILE:LINE:COLUMN: PATH: message.\n"
                                  "Exit status: 0 when every file is valid, 1 when one is not, 2 on a "
                                  "usage error."));

  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc < 2)
    {
      g_printerr (_("briefing: validate needs at least one file\n"));
      return EXIT_USAGE;
    }
  if (max_size <= 0 || max_errors <= 0)
    {
      g_printerr (_("briefing: --max-size and --max-errors must be positive\n"));
      return EXIT_USAGE;
    }

  briefing_bundle_reader_set_max_size (reader, max_size);
  briefing_bundle_reader_set_max_errors (reader, max_errors);

  for (int i = 1; i < argc; i++)
    if (!validate_one (reader, argv[i], quiet))
      all_valid = FALSE;

  return all_valid ? EXIT_OK : EXIT_INVALID;
}

/* briefing annotations export|import */

/* Reads and checks a bundle, printing its problems as validate does, but on stderr. */
static BriefingBundle *
read_bundle (const char *arg)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle;
  GPtrArray *problems;

  bundle = briefing_bundle_reader_read_file (reader, file, NULL, &error);
  if (bundle != NULL)
    return bundle;

  problems = briefing_bundle_reader_get_problems (reader);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_format (problems->pdata[i], arg);

      g_printerr ("%s\n", line);
    }
  return NULL;
}

/* The annotations the user keeps for @bundle, from the default folder. */
static BriefingAnnotationStore *
open_store (BriefingBundle *bundle)
{
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = briefing_annotation_store_new (briefing_bundle_get_id (bundle), NULL);
  /* Saved by the command, once, at its end. */
  briefing_annotation_store_set_save_delay (store, G_MAXUINT);
  if (!briefing_annotation_store_load (store, &error))
    {
      /* Translators: %s says why, and where the unreadable file was moved */
      g_printerr (_("briefing: %s\n"), error->message);
      return NULL;
    }

  return g_steal_pointer (&store);
}

/* "FILE:LINE:COLUMN: PATH: message" when the message is located, else "FILE: message". */
static void
print_file_error (const char   *file_name,
                  const GError *error)
{
  if (g_ascii_isdigit (error->message[0]))
    g_printerr ("%s:%s\n", file_name, error->message);
  else
    g_printerr ("%s: %s\n", file_name, error->message);
}

static GOptionContext *
annotations_context (const char *parameters,
                     const char *summary)
{
  GOptionContext *context = g_option_context_new (parameters);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  return context;
}

static int
run_annotations_export (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  g_autofree char *data = NULL;
  gsize length;
  guint n, n_detached;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the annotations to FILE (“-” for the standard output)"), N_("FILE") },
    { NULL }
  };

  /* Translators: the parameters of "briefing annotations export" in its --help */
  context = annotations_context (_("BUNDLE -o FILE — export your annotations of a bundle"),
                                 _("Writes the annotations you made on BUNDLE as a W3C Web Annotation "
                                   "collection (JSON), which other annotation tools can read.\n"
                                   "Exit status: 0 on success, 1 when the bundle or the annotations "
                                   "cannot be read or FILE cannot be written, 2 on a usage error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2 || output == NULL)
    {
      g_printerr (_("briefing: annotations export needs a bundle and -o FILE\n"));
      return EXIT_USAGE;
    }

  if ((bundle = read_bundle (argv[1])) == NULL || (store = open_store (bundle)) == NULL)
    return EXIT_INVALID;

  n_detached = briefing_annotation_store_anchor (store, bundle);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  root = briefing_annotation_store_to_w3c (store, bundle);
  data = briefing_annotation_json_to_data (root, &length);

  if (g_str_equal (output, "-"))
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr (_("briefing: could not write the annotations to the standard output\n"));
          return EXIT_INVALID;
        }
    }
  else
    {
      if (!g_file_set_contents_full (output, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &error))
        {
          g_printerr (_("briefing: %s\n"), error->message);
          return EXIT_INVALID;
        }
      /* Translators: %u is a count, %s a file name */
      g_print (g_dngettext (GETTEXT_PACKAGE, "%u annotation written to %s\n", "%u annotations written to %s\n", n),
               n, output);
    }

  if (n_detached > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "%u annotation no longer finds its quote in this edition of the bundle; "
                             "it is exported as it was\n",
                             "%u annotations no longer find their quotes in this edition of the bundle; "
                             "they are exported as they were\n", n_detached),
                n_detached);

  return EXIT_OK;
}

static int
run_annotations_import (int    argc,
                        char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(BriefingAnnotationStore) store = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *added_text = NULL;
  g_autofree char *updated_text = NULL;
  guint added, updated;
  gsize length;
  GStatBuf st;

  /* Translators: the parameters of "briefing annotations import" in its --help */
  context = annotations_context (_("BUNDLE FILE — merge annotations into yours"),
                                 _("Reads FILE — a W3C Web Annotation collection as export writes it, a "
                                   "single annotation, or an array of them — and merges it into your "
                                   "annotations of BUNDLE: new ones are added, ones you have are replaced "
                                   "when the file’s copy was modified later. Nothing is merged when "
                                   "anything in FILE is wrong; the first problem is printed as "
                                   "FILE:LINE:COLUMN: PATH: message.\n"
                                   "Exit status: 0 on success, 1 when a file is invalid or cannot be read "
                                   "or written, 2 on a usage error."));
  if (!parse_options (context, &argc, &argv))
    return EXIT_USAGE;

  if (argc != 3)
    {
      g_printerr (_("briefing: annotations import needs a bundle and a file\n"));
      return EXIT_USAGE;
    }

  if ((bundle = read_bundle (argv[1])) == NULL)
    return EXIT_INVALID;

  if (g_stat (argv[2], &st) == 0 && (guint64) st.st_size > BRIEFING_ANNOTATIONS_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (BRIEFING_ANNOTATIONS_MAX_SIZE);

      /* Translators: %s is a file name, then a size such as "64 MB" */
      g_printerr (_("%s: the file is too large (over the limit of %s)\n"), argv[2], limit);
      return EXIT_INVALID;
    }
  if (!g_file_get_contents (argv[2], &data, &length, &error))
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return EXIT_INVALID;
    }

  /* Checked completely before the store is touched. */
  annotations = briefing_annotation_w3c_parse (data, length, briefing_bundle_get_id (bundle), &error);
  if (annotations == NULL)
    {
      print_file_error (argv[2], error);
      return EXIT_INVALID;
    }

  if ((store = open_store (bundle)) == NULL)
    return EXIT_INVALID;
  briefing_annotation_store_merge (store, annotations, &added, &updated);
  if (!briefing_annotation_store_flush (store, &error))
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return EXIT_INVALID;
    }

  /* Translators: the first part of "3 added, 1 updated" */
  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", added), added);
  /* Translators: the second part of "3 added, 1 updated" */
  updated_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
  /* Translators: "3 added, 1 updated" */
  g_print (_("%s, %s\n"), added_text, updated_text);

  return EXIT_OK;
}

static void
print_annotations_help (FILE *stream)
{
  g_autofree char *dir = briefing_annotation_store_dup_default_dir ();

  fprintf (stream, _("Usage:\n"
                     "  briefing annotations export BUNDLE -o FILE\n"
                     "  briefing annotations import BUNDLE FILE\n"
                     "\n"
                     "Your annotations of a bundle are kept in %s, one file per bundle id.\n"
                     "export writes them as a W3C Web Annotation collection; import merges such a "
                     "file into them.\n"
                     "“briefing annotations export --help” and “… import --help” say more.\n"),
           dir);
}

static int
run_annotations (int    argc,
                 char **argv)
{
  static const Command subcommands[] = {
    { "export", run_annotations_export },
    { "import", run_annotations_import },
  };

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      print_annotations_help (stdout);
      return EXIT_OK;
    }

  for (guint i = 0; argc >= 2 && i < G_N_ELEMENTS (subcommands); i++)
    if (g_str_equal (argv[1], subcommands[i].name))
      {
        g_autofree char *prgname = g_strdup_printf ("briefing annotations %s", argv[1]);
        g_autofree char *command = g_strdup_printf ("annotations %s", argv[1]);

        /* For "Try “briefing annotations export --help”" after a usage error. */
        g_set_prgname (prgname);
        argv[1] = command;
        return subcommands[i].run (argc - 1, argv + 1);
      }

  if (argc >= 2)
    /* Translators: %s is what was typed after "briefing annotations" */
    g_printerr (_("briefing: unknown annotations command “%s”\n"), argv[1]);
  print_annotations_help (stderr);
  return EXIT_USAGE;
}

/* briefing export */

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
      g_printerr (_("briefing: unknown format “%s” (use pdf, json, timelinejs or markdown)\n"), args->format);
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

/* The pages of the PDF, laid out as briefing_pdf_write() lays them out: on a PDF surface's
 * context, at the paper's size. */
static guint
count_pages (BriefingComposition         *composition,
             const BriefingRenderOptions *render)
{
  g_autoptr(BriefingPageLayout) layout = NULL;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  briefing_paper_get_size (render->paper, &width, &height);
  surface = cairo_pdf_surface_create (NULL, width, height);
  cr = cairo_create (surface);
  context = pango_cairo_create_context (cr);
  layout = briefing_page_layout_new (composition, context, width, height);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return layout != NULL ? briefing_page_layout_get_n_pages (layout) : 0;
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

static void
print_written (BriefingComposition         *composition,
               BriefingExportFormat         format,
               const BriefingRenderOptions *render,
               const char                  *output)
{
  g_autofree char *details = NULL;

  if (format == BRIEFING_EXPORT_PDF)
    {
      guint n_pages = count_pages (composition, render);

      /* Translators: what a written PDF holds */
      details = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
    }
  else
    {
      guint n_events = composition->events->len, n_sources = composition->sources->len;
      /* Translators: the first part of "9 events, 6 sources" */
      g_autofree char *events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events),
                                                 n_events);
      /* Translators: the second part of "9 events, 6 sources" */
      g_autofree char *sources = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", n_sources),
                                                  n_sources);

      /* Translators: "9 events, 6 sources" */
      details = g_strdup_printf (_("%s, %s"), events, sources);
    }

  /* Translators: "Wrote FILE (12 pages)" or "Wrote FILE (9 events, 6 sources)" */
  g_print (_("Wrote %s (%s)\n"), output, details);
}

static int
run_export (int    argc,
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
  int status = EXIT_USAGE;
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
    { "prepared-by", 0, 0, G_OPTION_ARG_STRING, &args.prepared_by, N_("Who prepared the briefing"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &args.date,
      N_("Date of the briefing (default: today); fixes the file’s creation date too"), N_("DATE") },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &args.group_by,
      N_("Group annotations by color (default) or tag"), N_("HOW") },
    { "summary", 0, 0, G_OPTION_ARG_STRING, &args.summary, N_("Your own bottom line"), N_("TEXT") },
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

  if (!parse_options (context, &argc, &argv))
    goto out;
  if (argc != 2 || args.output == NULL)
    {
      g_printerr (_("briefing: export needs a bundle and -o FILE\n"));
      g_printerr (_("Try “briefing %s --help” for more.\n"), argv[0]);
      goto out;
    }
  if (!export_options_from_args (&args, &options, &render, &format))
    goto out;

  status = EXIT_INVALID;
  if ((bundle = read_bundle (argv[1])) == NULL || (store = open_store (bundle)) == NULL)
    goto out;
  if (!check_ids (bundle, options.event_ids, FALSE) || !check_ids (bundle, options.party_ids, TRUE))
    {
      status = EXIT_USAGE;
      goto out;
    }

  /* Reading order of highlights follows where their words are in this edition. */
  briefing_annotation_store_anchor (store, bundle);
  composition = briefing_compose (bundle, store, &options);

  if (g_str_equal (args.output, "-"))
    {
      if (write_stdout (composition, format))
        status = EXIT_OK;
      goto out;
    }

  if (!briefing_export_write (composition, format, &render, args.output, NULL, NULL, &error))
    {
      g_printerr (_("briefing: %s\n"), error->message);
      goto out;
    }
  print_written (composition, format, &render, args.output);
  status = EXIT_OK;

out:
  briefing_export_options_clear (&options);
  briefing_render_options_clear (&render);
  export_args_clear (&args);
  return status;
}

gboolean
briefing_cli_is_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (name, commands[i].name) == 0)
      return TRUE;
  return FALSE;
}

/* @argv[1] is the command; it becomes argv[0] of the command so its --help reads
 * "briefing validate". */
int
briefing_cli_run (int    argc,
                  char **argv)
{
  g_return_val_if_fail (argc >= 2, EXIT_USAGE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("briefing %s", argv[1]);

        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  return EXIT_USAGE;
}
