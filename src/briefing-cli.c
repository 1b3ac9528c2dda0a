/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "briefing-annotation-store-private.h"
#include "briefing-annotation-w3c-private.h"
#include "briefing-app-module.h"
#include "briefing-bundle-reader.h"
#include "briefing-cli-private.h"
#include "briefing-cli.h"
#include "briefing-json-build.h"
#include "briefing-save-file-private.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} Command;

static int run_validate    (int argc, char **argv);
static int run_annotations (int argc, char **argv);
static int run_import      (int argc, char **argv);

static const Command commands[] = {
  { "validate", run_validate },
  { "annotations", run_annotations },
  { "export", briefing_cli_run_export },
  { "import", run_import },
};

gboolean
briefing_cli_parse_options (GOptionContext  *context,
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

/* Whether @arg may be a web address, which only the fetcher can tell for sure. */
static gboolean
may_be_web_uri (const char *arg)
{
  const char *scheme = g_uri_peek_scheme (arg);

  return scheme != NULL && strcmp (scheme, "file") != 0;
}

/* Reads the bundle @arg names: a file, or a web address (fetched first, within the reader's size
 * limit, by the application module's fetcher). A failed fetch sets @fetch_failed and leaves the
 * reader's problems as they were; a failed read lists its problems in the reader. */
static BriefingBundle *
read_argument (BriefingBundleReader  *reader,
               const char            *arg,
               gboolean              *fetch_failed,
               GError               **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autoptr(GBytes) bytes = NULL;
  __typeof__ (briefing_cli_fetch_bundle) *fetch;
  gboolean web = FALSE;

  *fetch_failed = FALSE;
  /* A file of that name wins over an address that looks the same. */
  if (!may_be_web_uri (arg) || g_file_test (arg, G_FILE_TEST_EXISTS))
    return briefing_bundle_reader_read_file (reader, file, NULL, error);

  fetch = BRIEFING_APP_MODULE_FUNCTION (briefing_cli_fetch_bundle, error);
  if (fetch != NULL)
    bytes = fetch (arg, briefing_bundle_reader_get_max_size (reader), &web, error);
  if (fetch != NULL && !web)
    return briefing_bundle_reader_read_file (reader, file, NULL, error);
  if (bytes == NULL)
    {
      *fetch_failed = TRUE;
      return NULL;
    }

  return briefing_bundle_reader_read_bytes (reader, bytes, error);
}

/* Prints what is wrong with @arg, one line per problem, "FILE:LINE:COLUMN: PATH: message". */
static void
print_problems (FILE                 *stream,
                BriefingBundleReader *reader,
                const char           *arg,
                gboolean              fetch_failed,
                const GError         *error)
{
  GPtrArray *problems = briefing_bundle_reader_get_problems (reader);

  if (fetch_failed && error != NULL)
    {
      fprintf (stream, "%s: %s\n", arg, error->message);
      return;
    }

  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = briefing_problem_format (problems->pdata[i], arg);

      fprintf (stream, "%s\n", line);
    }
}

static gboolean
validate_one (BriefingBundleReader *reader,
              const char           *arg,
              gboolean              quiet)
{
  g_autoptr(BriefingBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  gboolean fetch_failed;

  bundle = read_argument (reader, arg, &fetch_failed, &error);
  print_problems (stdout, reader, arg, fetch_failed, error);
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
  context = g_option_context_new (_("FILE|URL… — check bundles without opening them"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Reads each bundle file, or fetches it from an http:// or https:// "
                                  "address, and checks it completely: JSON syntax, the "
                                  "bundle format, references between parties, events and demands, "
                                  "and that every quotation is in its article.\n\n"
                                  "Prints a summary line for each valid file and one line per problem, "
                                  "FILE:LINE:COLUMN: PATH: message.\n"
                                  "Exit status: 0 when every file is valid, 1 when one is not, 2 on a "
                                  "usage error."));

  if (!briefing_cli_parse_options (context, &argc, &argv))
    return BRIEFING_CLI_EXIT_USAGE;

  if (argc < 2)
    {
      g_printerr (_("briefing: validate needs at least one file\n"));
      return BRIEFING_CLI_EXIT_USAGE;
    }
  if (max_size <= 0 || max_errors <= 0)
    {
      g_printerr (_("briefing: --max-size and --max-errors must be positive\n"));
      return BRIEFING_CLI_EXIT_USAGE;
    }

  briefing_bundle_reader_set_max_size (reader, max_size);
  briefing_bundle_reader_set_max_errors (reader, max_errors);

  for (int i = 1; i < argc; i++)
    if (!validate_one (reader, argv[i], quiet))
      all_valid = FALSE;

  return all_valid ? BRIEFING_CLI_EXIT_OK : BRIEFING_CLI_EXIT_INVALID;
}

/* briefing import: the importer is in the application module, with libxml2 and libsoup. */
static int
run_import (int    argc,
            char **argv)
{
  g_autoptr(GError) error = NULL;
  __typeof__ (briefing_cli_run_import) *run = BRIEFING_APP_MODULE_FUNCTION (briefing_cli_run_import, &error);

  if (run == NULL)
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return BRIEFING_CLI_EXIT_INVALID;
    }
  return run (argc, argv);
}

/* briefing annotations export|import */

/* Reads and checks a bundle, printing its problems as validate does, but on stderr. */
BriefingBundle *
briefing_cli_read_bundle (const char *arg)
{
  g_autoptr(BriefingBundleReader) reader = briefing_bundle_reader_new ();
  g_autoptr(GError) error = NULL;
  BriefingBundle *bundle;
  gboolean fetch_failed;

  bundle = read_argument (reader, arg, &fetch_failed, &error);
  if (bundle == NULL)
    print_problems (stderr, reader, arg, fetch_failed, error);
  return bundle;
}

/* The annotations the user keeps for @bundle, from the default folder. */
BriefingAnnotationStore *
briefing_cli_open_store (BriefingBundle *bundle)
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
  if (!briefing_cli_parse_options (context, &argc, &argv))
    return BRIEFING_CLI_EXIT_USAGE;

  if (argc != 2 || output == NULL)
    {
      g_printerr (_("briefing: annotations export needs a bundle and -o FILE\n"));
      return BRIEFING_CLI_EXIT_USAGE;
    }

  if ((bundle = briefing_cli_read_bundle (argv[1])) == NULL || (store = briefing_cli_open_store (bundle)) == NULL)
    return BRIEFING_CLI_EXIT_INVALID;

  n_detached = briefing_annotation_store_anchor (store, bundle);
  n = g_list_model_get_n_items (G_LIST_MODEL (store));
  root = briefing_annotation_store_to_w3c (store, bundle);
  data = briefing_json_to_data (root, &length);

  if (g_str_equal (output, "-"))
    {
      if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr (_("briefing: could not write the annotations to the standard output\n"));
          return BRIEFING_CLI_EXIT_INVALID;
        }
    }
  else
    {
      if (!briefing_save_file_contents (output, data, length, 0666, &error))
        {
          g_printerr (_("briefing: %s: %s\n"), output, error->message);
          return BRIEFING_CLI_EXIT_INVALID;
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

  return BRIEFING_CLI_EXIT_OK;
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
  if (!briefing_cli_parse_options (context, &argc, &argv))
    return BRIEFING_CLI_EXIT_USAGE;

  if (argc != 3)
    {
      g_printerr (_("briefing: annotations import needs a bundle and a file\n"));
      return BRIEFING_CLI_EXIT_USAGE;
    }

  if ((bundle = briefing_cli_read_bundle (argv[1])) == NULL)
    return BRIEFING_CLI_EXIT_INVALID;

  if (g_stat (argv[2], &st) == 0 && (guint64) st.st_size > BRIEFING_ANNOTATIONS_MAX_SIZE)
    {
      g_autofree char *limit = g_format_size (BRIEFING_ANNOTATIONS_MAX_SIZE);

      /* Translators: %s is a file name, then a size such as "64 MB" */
      g_printerr (_("%s: the file is too large (over the limit of %s)\n"), argv[2], limit);
      return BRIEFING_CLI_EXIT_INVALID;
    }
  if (!g_file_get_contents (argv[2], &data, &length, &error))
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return BRIEFING_CLI_EXIT_INVALID;
    }

  /* Checked completely before the store is touched. */
  annotations = briefing_annotation_w3c_parse (data, length, briefing_bundle_get_id (bundle), &error);
  if (annotations == NULL)
    {
      print_file_error (argv[2], error);
      return BRIEFING_CLI_EXIT_INVALID;
    }

  if ((store = briefing_cli_open_store (bundle)) == NULL)
    return BRIEFING_CLI_EXIT_INVALID;
  briefing_annotation_store_merge (store, annotations, &added, &updated);
  if (!briefing_annotation_store_flush (store, &error))
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return BRIEFING_CLI_EXIT_INVALID;
    }

  /* Translators: the first part of "3 added, 1 updated" */
  added_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added", "%u added", added), added);
  /* Translators: the second part of "3 added, 1 updated" */
  updated_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated", "%u updated", updated), updated);
  /* Translators: "3 added, 1 updated" */
  g_print (_("%s, %s\n"), added_text, updated_text);

  return BRIEFING_CLI_EXIT_OK;
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
      return BRIEFING_CLI_EXIT_OK;
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
  return BRIEFING_CLI_EXIT_USAGE;
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
  g_return_val_if_fail (argc >= 2, BRIEFING_CLI_EXIT_USAGE);

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      {
        g_autofree char *prgname = g_strdup_printf ("briefing %s", argv[1]);

        g_set_prgname (prgname);
        return commands[i].run (argc - 1, argv + 1);
      }

  return BRIEFING_CLI_EXIT_USAGE;
}
