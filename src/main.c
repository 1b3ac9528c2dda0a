/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "briefing-application.h"
#include "briefing-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BriefingApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Sub-commands run headless: GTK is never initialised for them. */
  if (argc > 1 && briefing_cli_is_command (argv[1]))
    return briefing_cli_run (argc, argv);

  app = briefing_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
