/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-application.h"
#include "briefing-cli.h"
#include "briefing-languages.h"
#include "briefing-translation.h"

/* The language chosen in Preferences wins over the desktop's; it must be set before anything is
 * translated, GTK's own words included (they also decide the text direction). */
static void
apply_interface_language (void)
{
  g_autoptr(GSettings) settings = briefing_application_create_settings ();
  g_autofree char *language = settings != NULL ? g_settings_get_string (settings, "language") : NULL;

  if (briefing_language_find (language) != NULL)
    briefing_language_use (language);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BriefingApplication) app = NULL;
  gboolean command = argc > 1 && briefing_cli_is_command (argv[1]);

  if (!command)
    apply_interface_language ();

  briefing_language_setlocale ();
  bindtextdomain (GETTEXT_PACKAGE, briefing_catalog_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Sub-commands run headless: GTK is never initialised for them. */
  if (command)
    return briefing_cli_run (argc, argv);

  app = briefing_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
