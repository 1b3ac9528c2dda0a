/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "briefing-app-module.h"
#include "briefing-cli.h"
#include "briefing-languages.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  BriefingAppMainFunc app_main;

  /* Sub-commands run headless: GTK is never loaded for them (a PDF export loads the page renderer
   * from the application module when it needs it). */
  if (argc > 1 && briefing_cli_is_command (argv[1]))
    {
      briefing_language_setup ();
      return briefing_cli_run (argc, argv);
    }

  /* The module sets up the interface language itself, before anything is translated. */
  app_main = (BriefingAppMainFunc) briefing_app_module_symbol ("briefing_app_main", NULL);
  if (app_main == NULL)
    {
      /* Looked for again to say why in the user's language. */
      briefing_language_setup ();
      app_main = (BriefingAppMainFunc) briefing_app_module_symbol ("briefing_app_main", &error);
      if (app_main == NULL)
        {
          g_printerr (_("briefing: %s\n"), error->message);
          return 1;
        }
    }

  return app_main (argc, argv);
}
