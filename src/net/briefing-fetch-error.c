/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-fetch-error"

#include "config.h"

#include "briefing-fetch-error.h"

G_DEFINE_QUARK (briefing-fetch-error-quark, briefing_fetch_error)
