/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless sub-commands of `briefing`. They run without a display and without GTK. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean briefing_cli_is_command (const char *name);
int      briefing_cli_run        (int         argc,
                                  char      **argv);

G_END_DECLS
