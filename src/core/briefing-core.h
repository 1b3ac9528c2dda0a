/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The GTK-free engine of Briefing: one include for its model, reader and writer. */
#pragma once

#include "briefing-anchor.h"
#include "briefing-article.h"
#include "briefing-bundle-reader.h"
#include "briefing-bundle-writer.h"
#include "briefing-bundle.h"
#include "briefing-citation.h"
#include "briefing-date.h"
#include "briefing-demand.h"
#include "briefing-dispute.h"
#include "briefing-enums.h"
#include "briefing-enum-types.h"
#include "briefing-error.h"
#include "briefing-event.h"
#include "briefing-json-scan.h"
#include "briefing-outcome.h"
#include "briefing-party.h"
#include "briefing-person.h"
#include "briefing-problem.h"
#include "briefing-response.h"
