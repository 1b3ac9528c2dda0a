/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the files whose words may be in a language other than the interface's (the labels and the
 * briefing exports): _() and C_() go through the current catalogue (briefing-translation.h).
 * Include it instead of <glib/gi18n-lib.h>; counted words use briefing_ngettext(). */
#pragma once

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-translation.h"

#undef _
#undef C_
#define _(String) briefing_gettext (String)
#define C_(Context, String) briefing_pgettext (Context "\004" String, strlen (Context) + 1)
