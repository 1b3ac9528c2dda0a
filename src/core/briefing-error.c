/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-error"

#include "config.h"

#include "briefing-error.h"

G_DEFINE_QUARK (briefing-bundle-error-quark, briefing_bundle_error)
