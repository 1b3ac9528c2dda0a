/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-app-module.h"
#include "briefing-cli.h"
#include "briefing-languages.h"
#include "briefing-settings.h"

/* The language chosen in Preferences wins over the desktop's; it must be set before anything is
 * translated, GTK's own words included (they also decide the text direction). */
static void
apply_interface_language (void)
{
  g_autoptr(GSettings) settings = briefing_settings_new ();
  g_autofree char *language = settings != NULL ? g_settings_get_string (settings, "language") : NULL;

  if (briefing_language_find (language) != NULL)
    briefing_language_use (language);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  gboolean command = argc > 1 && briefing_cli_is_command (argv[1]);
  __typeof__ (briefing_app_main) *app_main;

  if (!command)
    apply_interface_language ();
  briefing_language_setup ();

  /* Sub-commands run headless: GTK is never loaded for them (a PDF export, an import or a fetch
   * loads the application module without initialising GTK). */
  if (command)
    return briefing_cli_run (argc, argv);

  app_main = BRIEFING_APP_MODULE_FUNCTION (briefing_app_main, &error);
  if (app_main == NULL)
    {
      g_printerr (_("briefing: %s\n"), error->message);
      return 1;
    }

  return app_main (argc, argv);
}
