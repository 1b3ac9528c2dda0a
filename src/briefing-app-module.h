/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application module: the window, the page renderer (PDF and print), the importer and the
 * fetcher, with GTK, cairo, pango, libxml2 and libsoup behind them, loaded by the briefing
 * executable only when they are needed. The commands that need none of them start without
 * loading those libraries. The executable calls the module's functions through
 * BRIEFING_APP_MODULE_FUNCTION(), typed from their declarations here and in
 * briefing-cli-private.h. */
#pragma once

#include <gmodule.h>

G_BEGIN_DECLS

#define BRIEFING_APP_MODULE_FILE "libbriefing-app.so"

/* The module's entry: runs the application on @argv, translations set up, and returns its exit
 * status. */
G_MODULE_EXPORT int briefing_app_main (int    argc,
                                       char **argv);

/* A symbol of the module, loaded on the first call and kept; NULL with an error that names where
 * the module was looked for, or what was wrong with it. */
gpointer briefing_app_module_symbol (const char  *name,
                                     GError     **error);

/* The module's function @function, typed from its declaration and looked up by its own name. */
#define BRIEFING_APP_MODULE_FUNCTION(function, error) \
  ((__typeof__ (function) *) briefing_app_module_symbol (#function, (error)))

G_END_DECLS
