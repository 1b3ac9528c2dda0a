/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application module: the window and the page renderer (PDF and print), with GTK, cairo and
 * pango behind them, loaded by the briefing executable only when they are needed. The headless
 * commands that need neither start without loading those libraries. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs the application on @argv as main() would and returns its exit status; the module's entry. */
typedef int (*BriefingAppMainFunc) (int argc, char **argv);

#define BRIEFING_APP_MODULE_FILE "libbriefing-app.so"

/* A symbol of the module, loaded on the first call and kept; NULL with an error that names where
 * the module was looked for, or what was wrong with it. */
gpointer briefing_app_module_symbol (const char  *name,
                                     GError     **error);

G_END_DECLS
