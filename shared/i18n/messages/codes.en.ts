// English labels of the codes shown to a person (namespace 'codes').
import type { CodesMessages } from './codes.zh-CN';

export const codesEn: CodesMessages = {
  orderStatus: { completed: 'Completed', refunded: 'Refunded', cancelled: 'Cancelled' },
  activityKind: {
    login: 'Login',
    app_open: 'App opened',
    page_view: 'Page view',
    email_open: 'Email opened',
    visit: 'Visit',
    call: 'Call',
    purchase: 'Purchase',
    click: 'Click',
  },
  ticketKind: { complaint: 'Complaint', inquiry: 'Inquiry', repair: 'Repair', ticket: 'Ticket', refund: 'Refund', return: 'Return' },
  severity: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical', urgent: 'Urgent' },
  surveyKind: { csat: 'Satisfaction survey (CSAT)', nps: 'NPS survey' },
  signalKind: { price_comparison: 'Price comparison', quote_request: 'Quote request', competitor_visit: 'Competitor contact' },
  actionKind: {
    care_call: 'Care call',
    holdout: 'Holdout (no action)',
    action: 'Retention action',
    coupon: 'Coupon',
    discount: 'Discount',
    email: 'Email',
    sms: 'SMS',
    visit: 'On-site visit',
    call: 'Call',
  },
  actionOutcome: { retained: 'Retained', churned: 'Churned', pending: 'Pending' },
};
