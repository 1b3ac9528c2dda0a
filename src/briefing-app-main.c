/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application module's entry (see briefing-app-module.h): the window, in the interface language
 * chosen in Preferences. */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include <gmodule.h>

#include "briefing-app-module.h"
#include "briefing-application.h"
#include "briefing-languages.h"

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

G_MODULE_EXPORT int briefing_app_main (int argc, char **argv);

G_MODULE_EXPORT int
briefing_app_main (int    argc,
                   char **argv)
{
  g_autoptr(BriefingApplication) app = NULL;
  /* Checked here against the executable's declaration. */
  G_GNUC_UNUSED BriefingAppMainFunc entry = briefing_app_main;

  apply_interface_language ();
  briefing_language_setup ();

  app = briefing_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
