package nl.woonzorg.cbs.kwb;

import nl.woonzorg.analysis.region.AreaHierarchy;

/** What every format's reader needs for one read: the table, the hierarchy, the problems so far. */
record ReadContext(KwbTable table, AreaHierarchy hierarchy, Problems problems) {}
