/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Briefing's settings (the org.briefing.Briefing schema): from the installed schema, or from the
 * build tree when Briefing runs from it. NULL, with a warning, when neither has it. */
GSettings *briefing_settings_new (void);

G_END_DECLS
