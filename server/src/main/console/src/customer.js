import { html } from 'lit';

/**
 * The customer of a list item ({customerName, customerId}): the name the channel gave, else their address or
 * channel user id (customerName from the admin API), with the customer id as a tooltip; "customer N" when the
 * customer has no identity.
 */
export function customer(item) {
  return item.customerName
    ? html`<span class="customer-name" title="customer ${item.customerId}">${item.customerName}</span>`
    : html`<span class="customer-name">customer ${item.customerId}</span>`;
}
