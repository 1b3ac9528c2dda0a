/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "briefing-bundle-reader.h"
#include "briefing-cli.h"

typedef struct
{
  const char *name;
  int       (*run) (int argc, char **argv);
} Command;

static int run_validate (int argc, char **argv);

static const Command commands[] = {
  { "validate", run_validate },
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
