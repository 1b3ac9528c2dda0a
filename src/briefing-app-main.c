/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application module's entry (see briefing-app-module.h). */
#define G_LOG_DOMAIN "briefing-main"

#include "config.h"

#include "briefing-app-module.h"
#include "briefing-application.h"

int
briefing_app_main (int    argc,
                   char **argv)
{
  g_autoptr(BriefingApplication) app = briefing_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
