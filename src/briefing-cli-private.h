/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the sub-commands share: briefing-cli.c (validate, annotations), briefing-cli-export.c
 * and briefing-cli-import.c. */
#pragma once

#include <gmodule.h>

#include "briefing-annotation-store.h"
#include "briefing-bundle.h"

G_BEGIN_DECLS

/* Exit statuses of the sub-commands. */
enum {
  BRIEFING_CLI_EXIT_OK = 0,
  BRIEFING_CLI_EXIT_INVALID = 1,
  BRIEFING_CLI_EXIT_USAGE = 2,
};

/* Parses the command's options; on a usage error prints it with a hint and returns FALSE. */
gboolean                 briefing_cli_parse_options (GOptionContext  *context,
                                                     int             *argc,
                                                     char          ***argv);
/* Reads and checks a bundle, printing its problems as validate does, but on stderr. */
BriefingBundle          *briefing_cli_read_bundle   (const char      *arg);
/* The annotations the user keeps for @bundle, from the default folder; never saved by the command
 * unless it flushes. NULL (printed) when the file cannot be read. */
BriefingAnnotationStore *briefing_cli_open_store    (BriefingBundle  *bundle);

int                      briefing_cli_run_export    (int              argc,
                                                     char           **argv);

/* In the application module, with the importer and the fetcher (briefing-app-module.h). */
G_MODULE_EXPORT int     briefing_cli_run_import   (int          argc,
                                                   char       **argv);
/* Sets @web to whether @arg is a web address; fetches it when it is, within @max_size bytes. */
G_MODULE_EXPORT GBytes *briefing_cli_fetch_bundle (const char  *arg,
                                                   guint64      max_size,
                                                   gboolean    *web,
                                                   GError     **error);

G_END_DECLS
