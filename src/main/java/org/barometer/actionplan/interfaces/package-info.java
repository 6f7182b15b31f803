/** The action plans' REST API, staff pages and the owners' phone page. */
package org.barometer.actionplan.interfaces;
